-- Invariant 1: for every provider, currency and month, allocated + unallocated = billed, to the
-- last digit. Returns the groups that break it (none, always), in the months the run rebuilt.
WITH billed AS (
    SELECT provider, BillingCurrency AS currency, date_trunc('month', ChargePeriodStart) AS month,
           sum(BilledCost) AS billed, sum(coalesce(EffectiveCost, BilledCost)) AS effective
    FROM cost_lines WHERE in_scope(ChargePeriodStart) GROUP BY ALL
),
pooled AS (
    SELECT a.provider, a.currency, date_trunc('month', p.period_start) AS month,
           sum(a.billed) AS billed, sum(a.effective) AS effective
    FROM allocations a JOIN allocation_pools p USING (pool_id)
    WHERE in_scope(p.period_start)
      AND in_reach_day(a.day) -- implied (a pool's rows lie in its period), lets the scan skip row groups
    GROUP BY ALL
)
SELECT coalesce(b.provider, p.provider), coalesce(b.currency, p.currency), coalesce(b.month, p.month),
       b.billed, p.billed, b.effective, p.effective
FROM billed b FULL JOIN pooled p USING (provider, currency, month)
WHERE b.billed IS DISTINCT FROM p.billed OR b.effective IS DISTINCT FROM p.effective
