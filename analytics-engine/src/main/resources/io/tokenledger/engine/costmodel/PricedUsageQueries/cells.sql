-- Priced basis usage per day, provider, model, tier, client and feature, in [?, ?). The costs per
-- bucket come from tl_priced_events (PricingQueries.priceEvents); unpriced events and response-cache
-- hits are left out.
SELECT CAST(timezone('UTC', u.event_time) AS DATE) AS day,
       u.provider,
       p.priced_model AS model,
       u.service_tier,
       coalesce(nullif(u.client, ''), '(unmapped)') AS client,
       coalesce(nullif(u.feature, ''), '(unmapped)') AS feature,
       p.currency,
       sum(u.requests) AS requests,
       sum(u.in_uncached) AS t_in_uncached,
       sum(u.in_cache_read) AS t_in_cache_read,
       sum(u.in_cache_write_5m) AS t_in_cache_write_5m,
       sum(u.in_cache_write_1h) AS t_in_cache_write_1h,
       sum(u.out_text) AS t_out_text,
       sum(u.out_reasoning) AS t_out_reasoning,
       CAST(coalesce(sum(p.cost_in_uncached), 0) AS DECIMAL(38,18)) AS c_in_uncached,
       CAST(coalesce(sum(p.cost_in_cache_read), 0) AS DECIMAL(38,18)) AS c_in_cache_read,
       CAST(coalesce(sum(p.cost_in_cache_write_5m), 0) AS DECIMAL(38,18)) AS c_in_cache_write_5m,
       CAST(coalesce(sum(p.cost_in_cache_write_1h), 0) AS DECIMAL(38,18)) AS c_in_cache_write_1h,
       CAST(coalesce(sum(p.cost_out_text), 0) AS DECIMAL(38,18)) AS c_out_text,
       CAST(coalesce(sum(p.cost_out_reasoning), 0) AS DECIMAL(38,18)) AS c_out_reasoning
FROM usage_events u
JOIN tl_priced_events p ON p.event_row = u.rowid
WHERE coalesce(u.in_basis, true)
  AND u.event_time >= ? AND u.event_time < ?
  AND p.cost IS NOT NULL
  AND NOT coalesce(u.cache_hit, false)
GROUP BY ALL
ORDER BY ALL
