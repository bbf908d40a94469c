package io.tokenledger.sampledata;

/**
 * How to generate the demo company.
 *
 * @param seed the same seed gives byte-identical files
 * @param scale 1 is the default demo (about 200,000 model invocations over six months); the
 *     invocation count grows in proportion to it (5 gives about a million, 25 about five million,
 *     50 about ten million), spread over more clients, more months and more traffic per client
 */
public record DemoOptions(long seed, double scale) {

  public static final long DEFAULT_SEED = 20260501L;

  public DemoOptions {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be a positive number, not " + scale);
    }
  }

  /** The demo a newcomer sees: the default seed at scale 1. */
  public static DemoOptions defaults() {
    return new DemoOptions(DEFAULT_SEED, 1.0);
  }
}
