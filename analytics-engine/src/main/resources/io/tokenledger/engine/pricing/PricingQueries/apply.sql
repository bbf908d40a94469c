-- Writes the prices computed in tl_priced_events onto the usage events, beside source_cost.
UPDATE usage_events
SET priced_model = p.priced_model,
    cost = CAST(p.cost AS DECIMAL(38,10)),
    cost_currency = p.currency,
    price_note = p.note
FROM tl_priced_events p
WHERE usage_events.rowid = p.event_row
