-- Admin API cost report pages (GET /v1/organizations/cost_report), flattened by BucketPages (the
-- file path is its parameter). amount is a decimal string in cents: amount_factor 100.
CREATE TEMP TABLE tl_provider_stage AS
SELECT source_line,
       TRY_CAST(bucket_start AS TIMESTAMPTZ) AS bucket_start,
       TRY_CAST(bucket_end AS TIMESTAMPTZ) AS bucket_end,
       bucket_start AS time_text, 'starting_at' AS time_field,
       result ->> 'amount' AS amount_text, 'amount' AS amount_field,
       CAST(100 AS DECIMAL(38,10)) AS amount_factor,
       CAST(NULL AS VARCHAR) AS list_text,
       result ->> 'currency' AS currency, 'currency' AS currency_field,
       result ->> 'model' AS model,
       result ->> 'workspace_id' AS workspace,
       CAST(NULL AS VARCHAR) AS api_key, CAST(NULL AS VARCHAR) AS api_key_id,
       result ->> 'description' AS description,
       result ->> 'cost_type' AS cost_type,
       result ->> 'token_type' AS token_type,
       result ->> 'service_tier' AS service_tier,
       result ->> 'context_window' AS context_window,
       result ->> 'inference_geo' AS inference_geo,
       CAST(NULL AS VARCHAR) AS speed,
       has_more, false AS is_empty,
       json_object('source', 'anthropic-cost-report') AS extra
FROM ({results})
