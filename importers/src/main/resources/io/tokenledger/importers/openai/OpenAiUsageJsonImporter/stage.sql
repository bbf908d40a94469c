-- Usage API pages, flattened by BucketPages (the file path is its parameter). The
-- token fields stay text here so that validate.sql can name a bad value.
CREATE TEMP TABLE tl_provider_stage AS
SELECT source_line,
       to_timestamp(TRY_CAST(bucket_start AS BIGINT)) AS bucket_start,
       to_timestamp(TRY_CAST(bucket_end AS BIGINT)) AS bucket_end,
       bucket_start AS time_text,
       regexp_extract(result ->> 'object', '^organization\.usage\.(.+)\.result$', 1) AS endpoint,
       result ->> 'model' AS model,
       result ->> 'project_id' AS project_id,
       result ->> 'api_key_id' AS api_key_id,
       result ->> 'user_id' AS user_id,
       result ->> 'batch' AS batch,
       result ->> 'service_tier' AS service_tier,
       result ->> 'input_tokens' AS input_tokens,
       result ->> 'input_cached_tokens' AS input_cached_tokens,
       result ->> 'input_cache_write_tokens' AS input_cache_write_tokens,
       result ->> 'input_uncached_tokens' AS input_uncached_tokens,
       result ->> 'output_tokens' AS output_tokens,
       result ->> 'num_model_requests' AS num_model_requests,
       has_more,
       false AS is_total,
       false AS is_empty,
       json_object('source', 'openai-usage-api',
                   'grain', CASE TRY_CAST(bucket_end AS BIGINT) - TRY_CAST(bucket_start AS BIGINT)
                                WHEN 86400 THEN '1d' WHEN 3600 THEN '1h' WHEN 60 THEN '1m' END,
                   'result', result) AS attributes
FROM ({results})
