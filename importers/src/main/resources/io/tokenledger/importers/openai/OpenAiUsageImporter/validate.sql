-- Rows of an OpenAI usage export that cannot become usage: unreadable times, counts that are not
-- whole non-negative numbers, and an input total smaller than its cached parts.
SELECT source_line, 'start_time' AS column_name,
       'the bucket start time is missing or unreadable ("' || coalesce(time_text, '') || '")' AS reason
FROM tl_provider_stage WHERE bucket_start IS NULL AND NOT is_total AND NOT is_empty
UNION ALL
SELECT source_line, name,
       CASE WHEN n IS NULL THEN 'not a number: "' || value || '"'
            WHEN n < 0 THEN 'a count cannot be negative (' || value || ')'
            ELSE 'not a whole number (' || value || ')' END
FROM (SELECT source_line, name, value, TRY_CAST(trim(value) AS DECIMAL(38,6)) AS n
      FROM (UNPIVOT (SELECT source_line, input_tokens, input_cached_tokens, input_cache_write_tokens,
                            input_uncached_tokens, output_tokens, num_model_requests
                     FROM tl_provider_stage WHERE NOT is_total)
            ON input_tokens, input_cached_tokens, input_cache_write_tokens, input_uncached_tokens,
               output_tokens, num_model_requests
            INTO NAME name VALUE value))
WHERE n IS NULL OR n < 0 OR n <> trunc(n)
UNION ALL
SELECT source_line, 'input_tokens',
       'input_tokens (' || input_tokens || ') is less than its cached and cache-write parts ('
           || coalesce(input_cached_tokens, '0') || ' + ' || coalesce(input_cache_write_tokens, '0') || ')'
FROM tl_provider_stage
WHERE NOT is_total AND input_uncached_tokens IS NULL
  AND TRY_CAST(input_tokens AS DECIMAL(38,6)) >= 0
  AND TRY_CAST(input_tokens AS DECIMAL(38,6))
      < coalesce(TRY_CAST(input_cached_tokens AS DECIMAL(38,6)), 0)
        + coalesce(TRY_CAST(input_cache_write_tokens AS DECIMAL(38,6)), 0)
ORDER BY 1, 2
