-- Negotiated discounts that may apply in [?, ?).
SELECT provider, model, percent_off, effective_from, effective_to
FROM price_discounts
WHERE effective_from < ? AND (effective_to IS NULL OR effective_to > ?)
