INSERT INTO price_book (provider, model, token_bucket, service_tier, above_prompt_tokens, unit_price,
                        currency, effective_from, effective_to, source, match_pattern)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'user', NULL)
