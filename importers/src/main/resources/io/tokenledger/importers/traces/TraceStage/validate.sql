-- Spans that cannot be filed: a problem the importer found, a model call without a time, negative
-- token counts after the buckets were made disjoint.
SELECT source_line, problem_column, problem FROM trace_stage WHERE problem IS NOT NULL
UNION ALL
SELECT source_line, 'start time', 'a model call needs a start time'
FROM trace_stage WHERE invocation AND start_time IS NULL AND problem IS NULL
UNION ALL
SELECT line, bucket, 'token count cannot be negative (' || tokens || ')'
FROM (UNPIVOT (SELECT source_line AS line, in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h,
                      out_text, out_reasoning FROM trace_stage WHERE invocation AND problem IS NULL)
      ON in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h, out_text, out_reasoning
      INTO NAME bucket VALUE tokens)
WHERE tokens < 0
ORDER BY 1, 2
