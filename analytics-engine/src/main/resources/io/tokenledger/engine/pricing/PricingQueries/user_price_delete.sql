DELETE FROM price_book
WHERE source = 'user' AND provider = ? AND model = ? AND token_bucket = ? AND service_tier = ?
  AND above_prompt_tokens = ? AND effective_from = ?
