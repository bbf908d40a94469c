-- Anthropic's usage buckets are already disjoint (DOMAIN.md 1.2): uncached input, cache read,
-- 5-minute and 1-hour cache writes, output (thinking included: split_known = false). An older
-- single cache-write count goes to the 5-minute bucket and is flagged. Reports give no request
-- count: requests is 0 and attributes.requests_known is false.
INSERT INTO usage_events (import_id, source_line, event_time, end_time, provider, model_raw,
                          service_tier, operation, in_uncached, in_cache_read, in_cache_write_5m,
                          in_cache_write_1h, out_text, requests, api_key, project, attributes)
SELECT ?, source_line, bucket_start, bucket_end, 'anthropic',
       coalesce(nullif(trim(model), ''), '(all models)'),
       CASE WHEN lower(service_tier) LIKE '%batch%' THEN 'batch'
            WHEN lower(service_tier) LIKE 'priority%' THEN 'priority'
            WHEN lower(service_tier) LIKE 'flex%' THEN 'flex'
            ELSE 'standard' END,
       'messages',
       coalesce(n_uncached, 0), coalesce(n_cache_read, 0),
       coalesce(n_write_5m, 0) + coalesce(n_write_unsplit, 0), coalesce(n_write_1h, 0),
       coalesce(n_output, 0), 0,
       nullif(trim(api_key), ''), nullif(trim(workspace), ''),
       json_merge_patch(coalesce(attributes, '{}'), json_object(
           'requests_known', false, 'split_known', false,
           'context_window', CASE WHEN context_window LIKE '%≤%' OR context_window LIKE '0-%' THEN '0-200k'
                                  WHEN context_window LIKE '%>%' OR lower(context_window) LIKE '200k-%' THEN '200k-1M'
                                  ELSE nullif(trim(context_window), '') END,
           'context_window_raw', nullif(trim(context_window), ''),
           'service_tier_raw', nullif(trim(service_tier), ''),
           'inference_geo', nullif(trim(inference_geo), ''), 'speed', nullif(trim(speed), ''),
           'web_search_requests', n_web_search,
           'cache_write_ttl', CASE WHEN n_write_unsplit > 0 THEN 'unstated' END))
FROM (SELECT *,
             CAST(CAST(trim(uncached) AS DECIMAL(38,6)) AS BIGINT) AS n_uncached,
             CAST(CAST(trim(cache_read) AS DECIMAL(38,6)) AS BIGINT) AS n_cache_read,
             CAST(CAST(trim(write_5m) AS DECIMAL(38,6)) AS BIGINT) AS n_write_5m,
             CAST(CAST(trim(write_1h) AS DECIMAL(38,6)) AS BIGINT) AS n_write_1h,
             CAST(CAST(trim(write_unsplit) AS DECIMAL(38,6)) AS BIGINT) AS n_write_unsplit,
             CAST(CAST(trim(output) AS DECIMAL(38,6)) AS BIGINT) AS n_output,
             CAST(CAST(trim(web_search) AS DECIMAL(38,6)) AS BIGINT) AS n_web_search
      FROM tl_provider_stage
      WHERE NOT is_empty)
ORDER BY source_line
