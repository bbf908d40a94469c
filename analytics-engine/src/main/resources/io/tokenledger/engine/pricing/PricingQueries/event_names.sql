-- The distinct model spellings of the usage events (of one import when the parameter is an import
-- id, of all when it is NULL), with how many events each has.
SELECT provider, model_raw, model, count(*) AS events
FROM usage_events
WHERE CAST(? AS INTEGER) IS NULL OR import_id = CAST(? AS INTEGER)
GROUP BY provider, model_raw, model
