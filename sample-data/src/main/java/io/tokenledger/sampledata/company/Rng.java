package io.tokenledger.sampledata.company;

import java.util.SplittableRandom;

/**
 * The demo's only source of randomness: a SplitMix64 stream keyed by the seed and the coordinates
 * of what is being generated (day, client, feature, ...). Keying instead of sharing one stream
 * keeps every part of the output independent of the order it is generated in, so a change in one
 * feature's traffic does not reshuffle the others. Only {@link StrictMath} is used, so the same
 * seed gives the same bytes on every JVM and CPU.
 */
public final class Rng {

  private static final char[] BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SplittableRandom random;

  private Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A stream for the given seed and coordinates. */
  public static Rng of(long seed, long... keys) {
    long h = mix(seed ^ 0x5DEECE66DL);
    for (long key : keys) {
      h = mix(h ^ (key * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
    }
    return new Rng(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A string's stable key for {@link #of}. */
  public static long key(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  public double uniform() {
    return random.nextDouble();
  }

  public double uniform(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  /** A whole number in [low, high]. */
  public long between(long low, long high) {
    return low + random.nextLong(high - low + 1);
  }

  public int index(int size) {
    return random.nextInt(size);
  }

  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  public long nextLong() {
    return random.nextLong();
  }

  /** A standard normal deviate (Box-Muller). */
  public double normal() {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /** A log-normal value with the given median; sigma is the spread of its logarithm. */
  public double logNormal(double median, double sigma) {
    return median * StrictMath.exp(sigma * normal());
  }

  /** A rounded log-normal count clamped to [low, high]. */
  public long tokens(double median, double sigma, long low, long high) {
    long value = StrictMath.round(logNormal(median, sigma));
    return Math.max(low, Math.min(high, value));
  }

  /** A Poisson count: exact for small means, normal approximation above 40. */
  public long poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 40) {
      return Math.max(0, StrictMath.round(mean + StrictMath.sqrt(mean) * normal()));
    }
    double limit = StrictMath.exp(-mean);
    double product = random.nextDouble();
    long count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }

  /** An index drawn with the given (not necessarily normalised) weights. */
  public int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double target = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  public String hex(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = HEX[random.nextInt(16)];
    }
    return new String(chars);
  }

  public String base62(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = BASE62[random.nextInt(62)];
    }
    return new String(chars);
  }

  /** A random (version 4 shaped) UUID string. */
  public String uuid() {
    String h = hex(32);
    return h.substring(0, 8)
        + '-'
        + h.substring(8, 12)
        + "-4"
        + h.substring(13, 16)
        + '-'
        + "89ab".charAt(random.nextInt(4))
        + h.substring(17, 20)
        + '-'
        + h.substring(20);
  }
}
