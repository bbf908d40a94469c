-- The user's own prices (negotiated, discounted); catalog prices come back with the catalog.
SELECT provider, model, token_bucket, service_tier, above_prompt_tokens, unit_price::VARCHAR,
       currency, effective_from::VARCHAR, effective_to::VARCHAR, match_pattern
FROM price_book
WHERE source = 'user'
ORDER BY provider, model, token_bucket, service_tier, above_prompt_tokens, effective_from
