-- The priced events with their lineage, per-bucket costs at full precision, for drill-through.
SELECT u.import_id, u.source_line, u.event_id, u.trace_id, u.event_time, p.provider, p.model_raw,
       p.priced_model, p.service_tier, p.price_date, p.prompt_tokens, p.long_context_threshold,
       p.percent_off, p.cost_in_uncached, p.cost_in_cache_read, p.cost_in_cache_write_5m,
       p.cost_in_cache_write_1h, p.cost_out_text, p.cost_out_reasoning, p.cost, p.currency,
       p.source_cost, p.note
FROM tl_priced_events p
JOIN usage_events u ON u.rowid = p.event_row
ORDER BY u.import_id, u.source_line
LIMIT ?
