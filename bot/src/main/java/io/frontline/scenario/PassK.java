package io.frontline.scenario;

import java.math.BigInteger;
import java.util.List;

/**
 * pass^k as tau-bench defines it: the chance that all k of k independent runs of a scenario pass,
 * averaged over scenarios. With n runs of which c passed, a scenario contributes C(c,k) / C(n,k);
 * for k = n that is 1 when every run passed and 0 otherwise, i.e. the share of scenarios that
 * passed in all n runs.
 */
public final class PassK {

  private PassK() {}

  /**
   * @param passes for each scenario, in how many of the {@code runs} runs it passed
   * @param k 1 to {@code runs}
   */
  public static double of(List<Integer> passes, int runs, int k) {
    if (k < 1 || k > runs) {
      throw new IllegalArgumentException("k must be 1.." + runs + ", was " + k);
    }
    if (passes.isEmpty()) {
      return 0;
    }
    double sum = 0;
    BigInteger all = choose(runs, k);
    for (int c : passes) {
      sum += c < k ? 0 : choose(c, k).doubleValue() / all.doubleValue();
    }
    return sum / passes.size();
  }

  static BigInteger choose(int n, int k) {
    BigInteger r = BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    return r;
  }
}
