-- Admin API usage report pages (GET /v1/organizations/usage_report/messages), flattened by
-- BucketPages (the file path is its parameter). Counts stay text so validate.sql can name a bad one.
CREATE TEMP TABLE tl_provider_stage AS
SELECT source_line,
       TRY_CAST(bucket_start AS TIMESTAMPTZ) AS bucket_start,
       TRY_CAST(bucket_end AS TIMESTAMPTZ) AS bucket_end,
       bucket_start AS time_text, 'starting_at' AS time_field,
       result ->> 'model' AS model,
       result ->> 'api_key_id' AS api_key,
       result ->> 'workspace_id' AS workspace,
       result ->> 'service_tier' AS service_tier,
       result ->> 'context_window' AS context_window,
       result ->> 'inference_geo' AS inference_geo,
       result ->> 'speed' AS speed,
       result ->> 'uncached_input_tokens' AS uncached,
       result ->> 'cache_read_input_tokens' AS cache_read,
       result -> 'cache_creation' ->> 'ephemeral_5m_input_tokens' AS write_5m,
       result -> 'cache_creation' ->> 'ephemeral_1h_input_tokens' AS write_1h,
       CAST(NULL AS VARCHAR) AS write_unsplit,
       result ->> 'output_tokens' AS output,
       result -> 'server_tool_use' ->> 'web_search_requests' AS web_search,
       has_more, false AS is_empty,
       json_object('source', 'anthropic-usage-report', 'account_id', result ->> 'account_id',
                   'service_account_id', result ->> 'service_account_id') AS attributes
FROM ({results})
