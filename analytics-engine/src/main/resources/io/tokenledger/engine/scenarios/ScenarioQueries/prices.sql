-- Base-tier prices (no long-context threshold) of the price book that may apply in [?, ?), most
-- preferred first: user prices before catalogs (LiteLLM before Langfuse), then the newest.
SELECT provider, model, token_bucket, service_tier, unit_price, currency, effective_from, effective_to,
       CASE source WHEN 'user' THEN 0 WHEN 'litellm' THEN 1 WHEN 'langfuse' THEN 2 ELSE 3 END AS preference
FROM price_book
WHERE above_prompt_tokens = 0
  AND effective_from < ?
  AND (effective_to IS NULL OR effective_to > ?)
ORDER BY lower(model), token_bucket, service_tier,
         CASE source WHEN 'user' THEN 0 WHEN 'litellm' THEN 1 WHEN 'langfuse' THEN 2 ELSE 3 END,
         effective_from DESC
