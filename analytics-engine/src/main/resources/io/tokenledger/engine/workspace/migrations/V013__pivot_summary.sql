-- V013: the allocation and the usage it was spread over, summed at the grain the Explore pivot
-- reads (PivotSummary). Rebuilt by every allocation run, in the same transaction; the pivot reads it
-- only while pivot_summary_state names the latest run and no import came after that run, and goes
-- back to allocations and usage_events otherwise. Dimension values are stored as the pivot shows
-- them ('(unmapped)', '(none)', dated model snapshots under their alias).
CREATE TABLE pivot_facts (
    grain         VARCHAR NOT NULL,   -- day | month
    period        DATE NOT NULL,      -- the UTC day, or the first day of the month
    kind          VARCHAR NOT NULL,   -- cost (from allocations) | usage (from usage_events in the basis)
    provider      VARCHAR,
    model         VARCHAR,
    token_bucket  VARCHAR,            -- cost rows only: usage rows are summed over their buckets
    service_tier  VARCHAR,
    client        VARCHAR,
    feature       VARCHAR,
    team          VARCHAR,
    env           VARCHAR,
    currency      VARCHAR,            -- cost rows only
    billed        DECIMAL(38,10),
    effective     DECIMAL(38,10),
    allocated     DECIMAL(38,10),
    unallocated   DECIMAL(38,10),
    tokens        BIGINT,
    requests      BIGINT,
    detail_rows   BIGINT NOT NULL     -- allocation rows or usage events summed here (drill-through counts)
);

-- The allocation run the summary was built for and how many usage events there were (a removed
-- import changes the count); empty until a run builds it, emptied when mapping rules rewrite the
-- usage events.
CREATE TABLE pivot_summary_state (
    run_id      INTEGER NOT NULL,
    usage_rows  BIGINT NOT NULL
);
