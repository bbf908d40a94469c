-- Rows of an Anthropic usage export that cannot become usage: unreadable dates and token counts
-- that are not whole non-negative numbers.
SELECT source_line, time_field AS column_name,
       'the date is missing or unreadable ("' || coalesce(time_text, '') || '")' AS reason
FROM tl_provider_stage WHERE bucket_start IS NULL AND NOT is_empty
UNION ALL
SELECT source_line, name,
       CASE WHEN n IS NULL THEN 'not a number: "' || value || '"'
            WHEN n < 0 THEN 'a count cannot be negative (' || value || ')'
            ELSE 'not a whole number (' || value || ')' END
FROM (SELECT source_line, name, value, TRY_CAST(trim(value) AS DECIMAL(38,6)) AS n
      FROM (UNPIVOT (SELECT source_line, uncached, cache_read, write_5m, write_1h, write_unsplit,
                            output, web_search
                     FROM tl_provider_stage)
            ON uncached, cache_read, write_5m, write_1h, write_unsplit, output, web_search
            INTO NAME name VALUE value))
WHERE n IS NULL OR n < 0 OR n <> trunc(n)
ORDER BY 1, 2
