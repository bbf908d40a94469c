-- A Console usage export, read as text (each c:name placeholder is the column when the header has
-- it, else NULL). usage_date_utc is a bare UTC date: the bucket is that day. api_key and workspace
-- are names, not ids.
CREATE TEMP TABLE tl_provider_stage AS
SELECT source_line,
       timezone('UTC', CAST(TRY_CAST(trim(usage_date) AS DATE) AS TIMESTAMP)) AS bucket_start,
       timezone('UTC', CAST(TRY_CAST(trim(usage_date) AS DATE) + INTERVAL 1 DAY AS TIMESTAMP)) AS bucket_end,
       usage_date AS time_text, 'usage_date_utc' AS time_field,
       model, api_key, workspace, usage_type AS service_tier, context_window, inference_geo, speed,
       uncached, cache_read, write_5m, write_1h, write_unsplit, output, web_search,
       false AS has_more,
       coalesce(uncached, cache_read, write_5m, write_1h, write_unsplit, output) IS NULL AS is_empty,
       json_object('source', 'anthropic-console-csv', 'usage_type', usage_type) AS attributes
FROM (SELECT row_number() OVER () + 1 AS source_line,
             {c:usage_date_utc} AS usage_date, {c:model_version} AS model, {c:api_key} AS api_key,
             {c:workspace} AS workspace, {c:usage_type} AS usage_type,
             {c:context_window} AS context_window,
             {c:usage_input_tokens_no_cache} AS uncached,
             {c:usage_input_tokens_cache_write_5m} AS write_5m,
             {c:usage_input_tokens_cache_write_1h} AS write_1h,
             {c:usage_input_tokens_cache_write} AS write_unsplit,
             {c:usage_input_tokens_cache_read} AS cache_read,
             {c:usage_output_tokens} AS output, {c:web_search_count} AS web_search,
             {c:inference_geo} AS inference_geo, {c:speed} AS speed
      FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
                    {rejects}))
