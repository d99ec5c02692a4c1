package io.frontline.store;

/** The store could not do what was asked: the database is unreachable, full, or refused a statement. */
public class StoreException extends RuntimeException {

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
