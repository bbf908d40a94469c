package io.tokenledger.sampledata;

import java.util.EnumSet;
import java.util.Set;

/**
 * How to generate the demo company.
 *
 * @param seed the same seed gives byte-identical files
 * @param scale 1 is the default demo (about 150,000 model invocations over six months); the
 *     invocation count grows in proportion to it (about 1 million at 6.7, 5 million at 33, 10
 *     million at 67), spread over more clients, more months and more traffic per client
 * @param sources which groups of files to write (the planted answers are measured either way)
 */
public record DemoOptions(long seed, double scale, Set<DemoSource> sources) {

  public static final long DEFAULT_SEED = 20260501L;

  public DemoOptions {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be a positive number, not " + scale);
    }
    sources = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
  }

  /** Every source. */
  public DemoOptions(long seed, double scale) {
    this(seed, scale, EnumSet.allOf(DemoSource.class));
  }

  /** The demo a newcomer sees: the default seed at scale 1, every source. */
  public static DemoOptions defaults() {
    return new DemoOptions(DEFAULT_SEED, 1.0);
  }

  public boolean writes(DemoSource source) {
    return sources.contains(source);
  }
}
