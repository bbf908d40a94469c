SELECT discount_id, provider, model, percent_off, effective_from, effective_to, note
FROM price_discounts
ORDER BY effective_from, discount_id
