-- OpenAI's input_tokens contains the cached and cache-write tokens (DOMAIN.md 1.2): the buckets
-- written here are disjoint. input_uncached_tokens, when the export has it, is taken as written.
-- Cache writes have no TTL in OpenAI's data: they count as 5-minute writes (flagged in a warning).
-- Output has no reasoning split in usage exports: all of it is out_text.
INSERT INTO usage_events (import_id, source_line, event_time, end_time, provider, model_raw,
                          service_tier, operation, in_uncached, in_cache_read, in_cache_write_5m,
                          out_text, requests, api_key, project, user_id, attributes)
SELECT ?, source_line, bucket_start, bucket_end, 'openai',
       coalesce(nullif(trim(model), ''), '(all models)'),
       CASE WHEN lower(trim(batch)) = 'true' THEN 'batch'
            WHEN nullif(lower(trim(service_tier)), '') IS NULL
                 OR lower(trim(service_tier)) IN ('default', 'auto', 'standard') THEN 'standard'
            ELSE lower(trim(service_tier)) END,
       coalesce(nullif(endpoint, ''), 'completions'),
       coalesce(t_uncached, t_input - coalesce(t_cached, 0) - coalesce(t_write, 0), 0),
       coalesce(t_cached, 0), coalesce(t_write, 0), coalesce(t_output, 0),
       CAST(coalesce(t_requests, 0) AS INTEGER),
       nullif(trim(api_key_id), ''), nullif(trim(project_id), ''), nullif(trim(user_id), ''),
       attributes
FROM (SELECT *,
             CAST(CAST(trim(input_tokens) AS DECIMAL(38,6)) AS BIGINT) AS t_input,
             CAST(CAST(trim(input_cached_tokens) AS DECIMAL(38,6)) AS BIGINT) AS t_cached,
             CAST(CAST(trim(input_cache_write_tokens) AS DECIMAL(38,6)) AS BIGINT) AS t_write,
             CAST(CAST(trim(input_uncached_tokens) AS DECIMAL(38,6)) AS BIGINT) AS t_uncached,
             CAST(CAST(trim(output_tokens) AS DECIMAL(38,6)) AS BIGINT) AS t_output,
             CAST(CAST(trim(num_model_requests) AS DECIMAL(38,6)) AS BIGINT) AS t_requests
      FROM tl_provider_stage
      WHERE NOT is_total AND NOT is_empty)
ORDER BY source_line
