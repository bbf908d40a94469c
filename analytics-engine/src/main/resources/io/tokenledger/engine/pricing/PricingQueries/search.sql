-- The prices valid on a day, one row per source, provider, model, tier and threshold with a column
-- per bucket; the text filter (bound, may be empty) matches model or provider.
SELECT source, provider, model, service_tier, above_prompt_tokens, currency,
       min(effective_from) AS effective_from, min(effective_to) AS effective_to,
       max(unit_price) FILTER (WHERE token_bucket = 'in_uncached') AS in_uncached,
       max(unit_price) FILTER (WHERE token_bucket = 'in_cache_read') AS in_cache_read,
       max(unit_price) FILTER (WHERE token_bucket = 'in_cache_write_5m') AS in_cache_write_5m,
       max(unit_price) FILTER (WHERE token_bucket = 'in_cache_write_1h') AS in_cache_write_1h,
       max(unit_price) FILTER (WHERE token_bucket = 'out_text') AS out_text,
       max(unit_price) FILTER (WHERE token_bucket = 'out_reasoning') AS out_reasoning
FROM price_book
WHERE effective_from <= ? AND (effective_to IS NULL OR effective_to > ?)
  AND (model ILIKE '%' || ? || '%' OR provider ILIKE '%' || ? || '%')
GROUP BY source, provider, model, service_tier, above_prompt_tokens, currency
ORDER BY model, CASE source WHEN 'user' THEN 0 WHEN 'litellm' THEN 1 WHEN 'langfuse' THEN 2 ELSE 3 END,
         provider, service_tier, above_prompt_tokens
LIMIT ?
