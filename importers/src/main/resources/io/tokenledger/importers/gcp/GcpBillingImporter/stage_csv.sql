-- Rows of the BigQuery billing export saved as CSV: nested fields flattened as service.description
-- or service_description (each c:a|b placeholder takes the spelling the header has), labels as JSON
-- text.
CREATE TEMP TABLE tl_provider_stage AS
SELECT row_number() OVER () + 1 AS source_line,
       {c:usage_start_time} AS start_text, {c:usage_end_time} AS end_text,
       {c:cost} AS cost_text, {c:currency} AS currency, {c:credits} AS credits_text,
       {c:service.id|service_id} AS service_id,
       {c:service.description|service_description} AS service,
       {c:sku.id|sku_id} AS sku_id, {c:sku.description|sku_description} AS sku,
       {c:project.id|project_id} AS project_id, {c:project.name|project_name} AS project_name,
       {c:project.labels|project_labels} AS project_labels_text, {c:labels} AS labels_text,
       {c:usage.amount|usage_amount} AS usage_amount_text,
       {c:usage.unit|usage_unit} AS usage_unit,
       {c:usage.amount_in_pricing_units|usage_amount_in_pricing_units} AS pricing_amount_text,
       {c:usage.pricing_unit|usage_pricing_unit} AS pricing_unit,
       {c:invoice.month|invoice_month} AS invoice_month, {c:cost_type} AS cost_type,
       {c:location.region|location_region} AS region,
       {c:resource.name|resource_name} AS resource_name,
       {c:billing_account_id} AS billing_account_id
FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
              {rejects})
