-- Rows the CSV reader could read but that break the format's rules: required values and sane counts.
SELECT source_line, 'timestamp' AS column_name, 'a timestamp is required' AS reason
FROM generic_usage_stage WHERE "timestamp" IS NULL
UNION ALL
SELECT source_line, 'provider', 'a provider is required' FROM generic_usage_stage WHERE nullif(trim(provider), '') IS NULL
UNION ALL
SELECT source_line, 'model', 'a model is required' FROM generic_usage_stage WHERE nullif(trim(model), '') IS NULL
UNION ALL
SELECT source_line, bucket, 'token counts cannot be negative (' || tokens || ')'
FROM (UNPIVOT (SELECT source_line, in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h,
                      out_text, out_reasoning FROM generic_usage_stage)
      ON in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h, out_text, out_reasoning
      INTO NAME bucket VALUE tokens)
WHERE tokens < 0
UNION ALL
SELECT source_line, 'requests', 'requests cannot be negative (' || requests || ')'
FROM generic_usage_stage WHERE requests < 0
UNION ALL
SELECT source_line, 'end_time', 'end_time is before timestamp'
FROM generic_usage_stage WHERE end_time < "timestamp"
ORDER BY 1, 2
