-- Catalog match patterns, user entries first, then in catalog order.
SELECT model, match_pattern
FROM price_book
WHERE match_pattern IS NOT NULL
GROUP BY model, match_pattern
ORDER BY min(CASE source WHEN 'user' THEN 0 WHEN 'litellm' THEN 1 WHEN 'langfuse' THEN 2 ELSE 3 END), model
