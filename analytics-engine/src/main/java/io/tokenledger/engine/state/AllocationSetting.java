package io.tokenledger.engine.state;

import java.util.Objects;

/**
 * How one shared cost pool is split (a row of {@code allocation_methods}), as it travels in an
 * analysis export.
 *
 * @param poolKey {@code provider/service} of the shared lines
 * @param method {@code even}, {@code proportional}, {@code fixed} or {@code unallocated}
 * @param dimension the dimension the pool is split over
 * @param basis for proportional splits: {@code allocated_cost}, {@code tokens} or {@code requests}
 * @param fixedShares for fixed splits: the shares as the JSON object stored, kept as text so that
 *     they come back exactly as they were
 * @param note the user's note
 */
public record AllocationSetting(
    String poolKey,
    String method,
    String dimension,
    String basis,
    String fixedShares,
    String note) {

  public AllocationSetting {
    dimension = Objects.requireNonNullElse(dimension, "client");
  }
}
