SELECT pool_key, currency, count(DISTINCT date_trunc('month', period_start)), sum(billed), any_value(method)
FROM allocation_pools
WHERE kind = 'shared'
GROUP BY pool_key, currency
ORDER BY sum(billed) DESC
