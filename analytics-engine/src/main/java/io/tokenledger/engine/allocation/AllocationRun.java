package io.tokenledger.engine.allocation;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The outcome of one allocation run, in the billing currencies' units as billed.
 *
 * @param pools cost pools formed from the cost lines
 * @param billed all billed cost in the workspace
 * @param allocated the part spread over usage or split by a shared-cost method
 * @param unallocated the part left in the Unallocated bucket; allocated + unallocated = billed
 * @param scope the months the run rebuilt (the totals are the whole workspace's)
 */
public record AllocationRun(
    long pools,
    BigDecimal billed,
    BigDecimal allocated,
    BigDecimal unallocated,
    Duration duration,
    AllocationScope scope) {}
