-- Costs API pages, flattened by BucketPages (the file path is its parameter). amount.value is a
-- JSON number or, in some responses, a string: both are read as text and cast in insert.sql.
CREATE TEMP TABLE tl_provider_stage AS
SELECT source_line,
       to_timestamp(TRY_CAST(bucket_start AS BIGINT)) AS bucket_start,
       to_timestamp(TRY_CAST(bucket_end AS BIGINT)) AS bucket_end,
       bucket_start AS time_text, 'start_time' AS time_field,
       result -> 'amount' ->> 'value' AS amount_text, 'amount.value' AS amount_field,
       result -> 'amount' ->> 'currency' AS currency, 'amount.currency' AS currency_field,
       result ->> 'line_item' AS line_item,
       result ->> 'project_id' AS project_id,
       CAST(NULL AS VARCHAR) AS project_name,
       CAST(NULL AS VARCHAR) AS organization_id,
       result ->> 'api_key_id' AS api_key_id,
       result ->> 'quantity' AS quantity_text,
       result ->> 'quantity_unit' AS quantity_unit,
       has_more, false AS is_total, false AS is_empty,
       CAST(NULL AS JSON) AS extra
FROM ({results})
