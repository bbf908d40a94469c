-- One pass from the CUR 2.0 file into cost_lines: every line of the bill is kept; Bedrock token
-- lines (AmazonBedrock or AWS Marketplace, usage types ending in -input-tokens, -output-tokens,
-- -cache-read/-cache-write-input-token-count or _...TokenCount) also get model, bucket, tier and
-- tokens (usage amount times the pricing unit: 1K / 1M tokens). The token columns are derived only
-- for Bedrock rows (CASE is lazy), so the rest of a large bill costs no regex work.
-- The reader types the cost, so source_amount stays NULL (the cost is the source amount). An empty
-- cost, start or currency cannot be NULL in cost_lines: the row goes in with source_amount '', the
-- epoch or '' and validate.sql rejects it by line (one pass; DuckDB's force_not_null is not used
-- because it misplaces columns under projection pushdown in 1.4).
-- Parameters: 1 = import id, 2 = the file path. {source}, {product_name}, {tags} and each c:name
-- placeholder are filled by AwsCurImporter from its fixed catalog.
INSERT INTO cost_lines (import_id, source_line, provider, BilledCost, EffectiveCost, ListCost,
                        BillingCurrency, BillingAccountId, BillingAccountName, BillingPeriodStart,
                        BillingPeriodEnd, ChargePeriodStart, ChargePeriodEnd, ChargeCategory,
                        ChargeDescription, ChargeFrequency, PricingQuantity, PricingUnit,
                        ConsumedQuantity, ConsumedUnit, ProviderName, PublisherName,
                        InvoiceIssuerName, ServiceProviderName, HostProviderName, InvoiceId,
                        ServiceName, ServiceCategory, ServiceSubcategory, RegionId,
                        AvailabilityZone, ResourceId, SkuId, SubAccountId, SubAccountName, Tags,
                        model_raw, token_bucket, service_tier, tokens, api_key, source_amount,
                        source_amount_factor, extra)
SELECT ?, source_line, 'aws', coalesce(cost, 0), coalesce(net_cost, cost, 0), list_cost,
       coalesce(upper(nullif(trim(currency), '')), ''),
       payer_id, payer_name, period_start, period_end,
       coalesce(usage_start, TIMESTAMPTZ '1970-01-01 00:00:00+00'), usage_end,
       CASE WHEN line_type = 'Tax' THEN 'Tax'
            WHEN line_type IN ('Credit', 'Refund', 'SavingsPlanNegation') OR line_type LIKE '%Discount' THEN 'Credit'
            WHEN line_type LIKE '%Fee' THEN 'Purchase'
            ELSE 'Usage' END,
       description,
       CASE WHEN line_type LIKE '%Fee' THEN 'Recurring' WHEN line_type = 'Tax' THEN NULL ELSE 'Usage-Based' END,
       usage_amount, pricing_unit, usage_amount, pricing_unit,
       'AWS', CASE WHEN billing_entity = 'AWS Marketplace' THEN 'AWS Marketplace' ELSE 'AWS' END,
       'AWS', CASE WHEN billing_entity = 'AWS Marketplace' THEN coalesce(product_name, 'AWS Marketplace') ELSE 'AWS' END,
       'AWS', invoice_id,
       coalesce(product_name, product_code), CASE WHEN is_bedrock THEN 'AI and Machine Learning' END,
       CASE WHEN bucket IS NOT NULL THEN 'Generative AI' END,
       region, zone, resource_id, sku, account_id, account_name, tags,
       CASE WHEN bucket IS NOT NULL THEN
            coalesce(nullif(regexp_extract(resource_id, ':(?:foundation-model|inference-profile)/([^/]+)$', 1), ''),
                     CASE WHEN billing_entity = 'AWS Marketplace' THEN product_name END,
                     nullif(regexp_extract(usage_type, '(?i)^(?:[a-z]{2,4}[0-9]?-)?(.+?)[-_](?:input|output|cache)', 1), ''),
                     usage_type) END,
       bucket,
       CASE WHEN bucket IS NULL THEN NULL
            WHEN ut LIKE '%batch%' THEN 'batch' WHEN ut LIKE '%priority%' THEN 'priority'
            WHEN ut LIKE '%flex%' THEN 'flex' ELSE 'standard' END,
       CASE WHEN bucket IS NOT NULL THEN CAST(round(usage_amount * unit_tokens) AS BIGINT) END,
       principal, CASE WHEN cost IS NULL THEN '' END, 1,
       to_json({'usage_type': usage_type, 'operation': operation, 'line_item_type': line_type,
                'product_code': product_code,
                'routing': CASE WHEN NOT is_bedrock THEN NULL
                                WHEN ut LIKE '%cross-region-global%' OR ut LIKE '%\_global%' ESCAPE '\' THEN 'global'
                                WHEN ut LIKE '%cross-region%' THEN 'cross-region' END,
                'token_unit_unknown': CASE WHEN bucket IS NOT NULL AND unit_tokens IS NULL THEN true END})
FROM (SELECT *,
             CASE WHEN is_bedrock THEN lower(coalesce(usage_type, '')) END AS ut,
             CASE WHEN NOT is_bedrock THEN NULL
                  WHEN NOT regexp_matches(lower(coalesce(usage_type, '')), '(input|output)-tokens?|token-count|tokencount') THEN NULL
                  WHEN regexp_matches(lower(usage_type), 'cache-?read') THEN 'in_cache_read'
                  WHEN regexp_matches(lower(usage_type), 'cache-?write') THEN
                       CASE WHEN regexp_matches(lower(usage_type), '1-?h(our)?') THEN 'in_cache_write_1h' ELSE 'in_cache_write_5m' END
                  WHEN regexp_matches(lower(usage_type), 'input') THEN 'in_uncached'
                  WHEN regexp_matches(lower(usage_type), 'output') THEN 'out_text' END AS bucket,
             CASE WHEN NOT is_bedrock THEN NULL
                  WHEN regexp_matches(lower(trim(pricing_unit)), '^(1\s*m|1,?000,?000|million)[ -]?tokens?$') THEN 1000000
                  WHEN regexp_matches(lower(trim(pricing_unit)), '^(1\s*k|1,?000|thousand)[ -]?tokens?$') THEN 1000
                  WHEN regexp_matches(lower(trim(pricing_unit)), '^tokens?$') THEN 1
                  WHEN lower(trim(pricing_unit)) IN ('units', 'unit', 'count')
                       AND lower(usage_type) LIKE '%tokencount%' THEN 1 END AS unit_tokens
      FROM (SELECT row_number() OVER () + 1 AS source_line,
                   CAST(line_item_unblended_cost AS DECIMAL(38,10)) AS cost,
                   CAST({d:line_item_net_unblended_cost} AS DECIMAL(38,10)) AS net_cost,
                   CAST({d:pricing_public_on_demand_cost} AS DECIMAL(38,10)) AS list_cost,
                   line_item_currency_code AS currency,
                   {c:bill_payer_account_id} AS payer_id, {c:bill_payer_account_name} AS payer_name,
                   CAST({t:bill_billing_period_start_date} AS TIMESTAMPTZ) AS period_start,
                   CAST({t:bill_billing_period_end_date} AS TIMESTAMPTZ) AS period_end,
                   CAST(line_item_usage_start_date AS TIMESTAMPTZ) AS usage_start,
                   CAST({t:line_item_usage_end_date} AS TIMESTAMPTZ) AS usage_end,
                   {c:line_item_line_item_type} AS line_type,
                   {c:line_item_line_item_description} AS description,
                   CAST({d:line_item_usage_amount} AS DECIMAL(38,10)) AS usage_amount, {c:pricing_unit} AS pricing_unit,
                   {c:bill_billing_entity} AS billing_entity, {c:bill_invoice_id} AS invoice_id,
                   line_item_product_code AS product_code, {product_name} AS product_name,
                   {c:product_region_code} AS region, {c:line_item_availability_zone} AS zone,
                   {c:line_item_resource_id} AS resource_id, {c:product_sku} AS sku,
                   {c:line_item_usage_account_id} AS account_id,
                   {c:line_item_usage_account_name} AS account_name,
                   {tags} AS tags, line_item_usage_type AS usage_type,
                   {c:line_item_operation} AS operation, {c:line_item_iam_principal} AS principal,
                   line_item_product_code = 'AmazonBedrock'
                       OR coalesce({c:bill_billing_entity} = 'AWS Marketplace', false)
                       OR coalesce({product_name} ILIKE '%bedrock%', false) AS is_bedrock
            FROM {source}))
