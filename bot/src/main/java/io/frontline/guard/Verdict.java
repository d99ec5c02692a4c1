package io.frontline.guard;

/** Whether a reply may be sent; if not, which guard refused it and why. */
public record Verdict(boolean passed, String guard, String reason) {

  public static final Verdict PASS = new Verdict(true, "", "");

  public static Verdict reject(String guard, String reason) {
    return new Verdict(false, guard, reason);
  }
}
