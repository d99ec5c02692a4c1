package io.frontline.knowledge;

/** Something wrong in the knowledge, where it is, and how bad it is. */
public record Problem(Severity severity, String file, int line, String field, String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public static Problem error(String file, int line, String field, String message) {
    return new Problem(Severity.ERROR, file, line, field, message);
  }

  public static Problem warning(String file, int line, String field, String message) {
    return new Problem(Severity.WARNING, file, line, field, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line: error: field: message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    return file
        + ":"
        + line
        + ": "
        + severity.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + (field.isEmpty() ? "" : field + ": ")
        + message;
  }
}
