-- The price book rows in force during the month for the providers and models the pack has cost
-- for, per 1M tokens.
SELECT p.provider, p.model, p.token_bucket, p.service_tier, p.above_prompt_tokens,
       CAST(p.unit_price * 1000000 AS DECIMAL(38, 10)) AS per_million,
       p.currency, p.effective_from, p.effective_to, p.source
FROM price_book p
CROSS JOIN showback_scope s
WHERE p.effective_from < s.period_end
  AND (p.effective_to IS NULL OR p.effective_to > s.period_start)
  AND EXISTS (SELECT 1 FROM showback_rows r
              WHERE r.is_current AND r.provider = p.provider AND r.model = p.model)
ORDER BY p.provider, p.model, p.token_bucket, p.service_tier, p.above_prompt_tokens,
         p.effective_from
