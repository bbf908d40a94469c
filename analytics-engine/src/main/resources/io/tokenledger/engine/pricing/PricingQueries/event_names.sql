-- The distinct model spellings of the usage events, with how many events each has.
SELECT provider, model_raw, model, count(*) AS events
FROM usage_events
GROUP BY provider, model_raw, model
