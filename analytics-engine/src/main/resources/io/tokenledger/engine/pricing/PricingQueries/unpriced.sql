-- Events without a recomputed cost, per model name as the source wrote it and the reason.
SELECT model_raw, provider, min(note) AS reason, count(*) AS events, sum(tokens) AS tokens,
       sum(source_cost) AS source_cost
FROM tl_priced_events
WHERE cost IS NULL
GROUP BY model_raw, provider
ORDER BY sum(tokens) DESC, model_raw
