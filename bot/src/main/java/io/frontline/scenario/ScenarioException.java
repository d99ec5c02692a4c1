package io.frontline.scenario;

/** A scenario file cannot be read; the message says where and why. */
public final class ScenarioException extends RuntimeException {
  public ScenarioException(String message) {
    super(message);
  }
}
