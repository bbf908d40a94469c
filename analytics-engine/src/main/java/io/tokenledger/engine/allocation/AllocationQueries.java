package io.tokenledger.engine.allocation;

/**
 * Owner of the allocation SQL files ({@code AllocationQueries/*.sql}); the statements are run by
 * {@link DuckDbAllocationService}.
 */
final class AllocationQueries {

  private AllocationQueries() {}
}
