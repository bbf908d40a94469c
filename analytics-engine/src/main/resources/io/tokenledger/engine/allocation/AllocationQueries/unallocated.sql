-- Pools nothing could be spread over stay whole in the Unallocated bucket, with the reason.
INSERT INTO allocations
SELECT p.pool_id, 'unallocated', NULL, NULL, p.provider, p.model, p.token_bucket, NULL,
       CAST(p.period_start AS DATE), NULL, NULL, NULL, NULL, NULL, p.currency, NULL, p.billed,
       p.effective,
       CASE WHEN p.kind = 'usage'
            THEN 'no usage of ' || p.model || ' (' || p.token_bucket || ') in the charge period'
            WHEN p.method = 'unallocated' THEN 'shared cost: no split method chosen for ' || p.pool_key
            ELSE 'shared cost: no recipients for ' || p.method || ' split in the month' END
FROM allocation_pools p
WHERE p.kind = ?
  AND in_scope(p.period_start)
  AND p.pool_id NOT IN (SELECT DISTINCT pool_id FROM alloc_weights)
