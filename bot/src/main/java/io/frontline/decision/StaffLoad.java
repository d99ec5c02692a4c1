package io.frontline.decision;

/**
 * How many conversations each person has open now: among people equally fit (topic, language,
 * on duty) the choice goes to the least busy. A port: the store answers it in production.
 */
@FunctionalInterface
public interface StaffLoad {

  /** Nobody is busy: the company's order decides (the console, scenario tests). */
  StaffLoad NONE = staff -> 0;

  int open(String staffId);
}
