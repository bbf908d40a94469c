-- Rows of the BigQuery billing export saved as JSON (one object per line, or an array), with the
-- nested fields read by path; source_line is the row's number in the file.
CREATE TEMP TABLE tl_provider_stage AS
SELECT row_number() OVER () AS source_line,
       j ->> 'usage_start_time' AS start_text, j ->> 'usage_end_time' AS end_text,
       j ->> 'cost' AS cost_text, j ->> 'currency' AS currency,
       CAST(j -> 'credits' AS VARCHAR) AS credits_text,
       j -> 'service' ->> 'id' AS service_id, j -> 'service' ->> 'description' AS service,
       j -> 'sku' ->> 'id' AS sku_id, j -> 'sku' ->> 'description' AS sku,
       j -> 'project' ->> 'id' AS project_id, j -> 'project' ->> 'name' AS project_name,
       CAST(j -> 'project' -> 'labels' AS VARCHAR) AS project_labels_text,
       CAST(j -> 'labels' AS VARCHAR) AS labels_text,
       j -> 'usage' ->> 'amount' AS usage_amount_text, j -> 'usage' ->> 'unit' AS usage_unit,
       j -> 'usage' ->> 'amount_in_pricing_units' AS pricing_amount_text,
       j -> 'usage' ->> 'pricing_unit' AS pricing_unit,
       j -> 'invoice' ->> 'month' AS invoice_month, j ->> 'cost_type' AS cost_type,
       j -> 'location' ->> 'region' AS region, j -> 'resource' ->> 'name' AS resource_name,
       j ->> 'billing_account_id' AS billing_account_id
FROM (SELECT json AS j FROM read_json_objects(?, format = 'auto'))
