-- A Console cost export, read as text (each c:name placeholder is the column when the header has
-- it, else NULL). cost_usd and list_price_usd are dollars: amount_factor 1. usage_date_utc is a
-- bare UTC date: the charge period is that day.
CREATE TEMP TABLE tl_provider_stage AS
SELECT source_line,
       timezone('UTC', CAST(TRY_CAST(trim(usage_date) AS DATE) AS TIMESTAMP)) AS bucket_start,
       timezone('UTC', CAST(TRY_CAST(trim(usage_date) AS DATE) + INTERVAL 1 DAY AS TIMESTAMP)) AS bucket_end,
       usage_date AS time_text, 'usage_date_utc' AS time_field,
       amount_text, 'cost_usd' AS amount_field, CAST(1 AS DECIMAL(38,10)) AS amount_factor,
       list_text, 'USD' AS currency, 'cost_usd' AS currency_field,
       model, workspace, api_key, api_key_id, CAST(NULL AS VARCHAR) AS description, cost_type,
       token_type, usage_type AS service_tier, context_window, inference_geo, speed,
       false AS has_more,
       amount_text IS NULL AND token_type IS NULL AND model IS NULL AS is_empty,
       json_object('source', 'anthropic-console-csv', 'usage_type', usage_type,
                   'api_key_status', api_key_status) AS extra
FROM (SELECT row_number() OVER () + 1 AS source_line,
             {c:usage_date_utc} AS usage_date, {c:model} AS model, {c:workspace} AS workspace,
             {c:api_key} AS api_key, {c:usage_type} AS usage_type,
             {c:context_window} AS context_window, {c:token_type} AS token_type,
             {c:cost_usd} AS amount_text, {c:list_price_usd} AS list_text,
             {c:cost_type} AS cost_type, {c:inference_geo} AS inference_geo, {c:speed} AS speed,
             {c:api_key_id} AS api_key_id, {c:api_key_status} AS api_key_status
      FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
                    {rejects}))
