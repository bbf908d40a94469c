INSERT INTO price_discounts (discount_id, provider, model, percent_off, effective_from, effective_to, note)
VALUES (nextval('price_discount_id_seq'), ?, ?, ?, ?, ?, ?)
RETURNING discount_id
