package io.tokenledger.sampledata.gpu;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Running averages of the GPU samples by UTC hour: the whole period, the night (02:00-06:00 UTC,
 * when neither the European nor the American clients work) and the busy hours (14:00-18:00 UTC on
 * weekdays, when both do).
 */
public final class GpuUtilization {

  private long samples;
  private long sum;
  private long nightSamples;
  private long nightSum;
  private long peakSamples;
  private long peakSum;
  private long max;

  void add(LocalDate day, int utcHour, long utilization) {
    samples++;
    sum += utilization;
    max = Math.max(max, utilization);
    if (utcHour >= 2 && utcHour < 6) {
      nightSamples++;
      nightSum += utilization;
    }
    boolean weekday =
        day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    if (weekday && utcHour >= 14 && utcHour < 18) {
      peakSamples++;
      peakSum += utilization;
    }
  }

  /** Mean utilization in percent over every sample. */
  public double mean() {
    return samples == 0 ? 0 : (double) sum / samples;
  }

  public double nightMean() {
    return nightSamples == 0 ? 0 : (double) nightSum / nightSamples;
  }

  public double peakHoursMean() {
    return peakSamples == 0 ? 0 : (double) peakSum / peakSamples;
  }

  public long max() {
    return max;
  }

  public long samples() {
    return samples;
  }

  /** The sum of the utilization percentages, for exact idle-cost arithmetic. */
  public long sum() {
    return sum;
  }
}
