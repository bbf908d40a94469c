-- What the import report says about the LLM token lines of this import.
SELECT count(*) FILTER (WHERE token_bucket IS NOT NULL) AS token_lines,
       count(*) FILTER (WHERE tokens IS NOT NULL AND token_bucket IS NULL) AS unsplit_token_lines,
       count(*) FILTER (WHERE tokens IS NOT NULL AND model IS NULL) AS unresolved_model_lines,
       count(*) FILTER (WHERE token_bucket = 'in_cache_write_5m') AS cache_write_lines,
       count(DISTINCT model) AS models
FROM cost_lines WHERE import_id = ?
