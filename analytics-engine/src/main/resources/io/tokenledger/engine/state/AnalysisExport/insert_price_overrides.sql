-- One set-based insert from a JSON array bound as the one parameter; prices arrive as text, so
-- they reach DECIMAL without passing through a binary float.
INSERT INTO price_book (provider, model, token_bucket, service_tier, above_prompt_tokens,
                        unit_price, currency, effective_from, effective_to, source, match_pattern)
SELECT r.provider, r.model, r.token_bucket, r.service_tier, r.above_prompt_tokens, r.unit_price,
       r.currency, r.effective_from, r.effective_to, 'user', r.match_pattern
FROM (SELECT unnest(from_json(?::JSON, '[{"provider": "VARCHAR", "model": "VARCHAR",
        "token_bucket": "VARCHAR", "service_tier": "VARCHAR", "above_prompt_tokens": "BIGINT",
        "unit_price": "DECIMAL(38,18)", "currency": "VARCHAR", "effective_from": "DATE",
        "effective_to": "DATE", "match_pattern": "VARCHAR"}]')) AS r)
