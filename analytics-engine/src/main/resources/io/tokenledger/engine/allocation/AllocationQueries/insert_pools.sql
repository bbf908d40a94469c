INSERT INTO allocation_pools
SELECT printf('%016x', l.pool_hash), l.kind,
       CASE WHEN l.kind = 'usage' THEN concat_ws('/', l.provider, any_value(l.model), any_value(l.token_bucket))
            ELSE l.provider || '/' || any_value(l.service) END,
       l.provider, any_value(l.model), any_value(l.token_bucket),
       l.period_start, l.period_end, l.currency, sum(l.billed), sum(l.effective), count(*),
       CASE WHEN l.kind = 'usage' THEN 'tokens'
            ELSE coalesce((SELECT m.method FROM allocation_methods m
                           WHERE m.pool_key = l.provider || '/' || any_value(l.service)), 'unallocated') END
FROM line_pools l
GROUP BY l.pool_hash, l.kind, l.provider, l.period_start, l.period_end, l.currency
