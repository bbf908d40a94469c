INSERT INTO allocation_pools
SELECT l.pool_id, l.kind, l.pool_key, l.provider, any_value(l.model), any_value(l.token_bucket),
       l.period_start, l.period_end, l.currency, sum(l.billed), sum(l.effective), count(*),
       CASE WHEN l.kind = 'usage' THEN 'tokens' ELSE coalesce(any_value(m.method), 'unallocated') END
FROM line_pools l
LEFT JOIN allocation_methods m ON l.kind = 'shared' AND m.pool_key = l.pool_key
GROUP BY l.pool_id, l.kind, l.pool_key, l.provider, l.period_start, l.period_end, l.currency
