package io.frontline.knowledge;

/** The knowledge cannot be used; the message lists the problems with file and line. */
public final class KnowledgeException extends RuntimeException {
  public KnowledgeException(String message) {
    super(message);
  }
}
