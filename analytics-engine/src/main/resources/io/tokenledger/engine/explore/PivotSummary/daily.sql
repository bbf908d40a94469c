-- The day grain of the summary: the allocation and the usage events in the basis, each summed per
-- day and the values of every dimension, labelled as the pivot shows them ({cost_labels} and
-- {usage_labels} are the Dimension catalog's expressions, in the order of pivot_facts' columns).
-- Usage rows are summed over their token buckets (token_bucket stays NULL): a pivot by bucket
-- that needs usage reads the detail tables. {cost_months} and {usage_months} keep the months being
-- rebuilt (TRUE when all are).
INSERT INTO pivot_facts
SELECT 'day', a.day, 'cost', {cost_labels}, a.currency,
       sum(a.billed), sum(a.effective),
       coalesce(sum(a.billed) FILTER (WHERE a.method <> 'unallocated'), 0),
       coalesce(sum(a.billed) FILTER (WHERE a.method = 'unallocated'), 0),
       NULL, NULL, count(*)
FROM allocations a
WHERE {cost_months}
GROUP BY ALL
UNION ALL
SELECT 'day', CAST(u.event_time AS DATE), 'usage', {usage_labels}, NULL,
       NULL, NULL, NULL, NULL,
       sum(u.in_uncached + u.in_cache_read + u.in_cache_write_5m + u.in_cache_write_1h + u.out_text
           + u.out_reasoning),
       sum(u.requests), count(*)
FROM usage_events u
WHERE u.in_basis AND {usage_months}
GROUP BY ALL
ORDER BY 2 -- stored in day order: drill-through reads the days of a few months
