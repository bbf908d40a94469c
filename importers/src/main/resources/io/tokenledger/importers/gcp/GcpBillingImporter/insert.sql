-- GCP billing rows as cost lines. Vertex AI SKUs ("Gemini 2.5 Flash GA Text Input - Predictions")
-- give the model, the bucket (Text Input, Text Output, Thinking Text Output, Input Text Caching;
-- Caching Storage is token-hours, not tokens) and the tier (batch, priority). Tokens come from
-- usage.amount_in_pricing_units times the pricing unit's block ("1000 count"), else from a usage
-- amount counted in tokens. Credits stay apart: BilledCost = cost, EffectiveCost = cost + credits.
-- Labels ([{key, value}]) become Tags, the project's labels first and the row's own on top.
INSERT INTO cost_lines (import_id, source_line, provider, BilledCost, EffectiveCost, BillingCurrency,
                        BillingAccountId, BillingPeriodStart, BillingPeriodEnd, ChargePeriodStart,
                        ChargePeriodEnd, ChargeCategory, ChargeDescription, ChargeFrequency,
                        PricingQuantity, PricingUnit, ConsumedQuantity, ConsumedUnit, ProviderName,
                        PublisherName, InvoiceIssuerName, ServiceProviderName, HostProviderName,
                        ServiceName, ServiceCategory, ServiceSubcategory, RegionId, ResourceId,
                        SkuId, SkuMeter, SubAccountId, SubAccountName, Tags, model_raw,
                        token_bucket, service_tier, tokens, project, source_amount,
                        source_amount_factor, extra)
SELECT ?, source_line, 'gcp', cost, cost + credit_total, upper(trim(currency)),
       nullif(trim(billing_account_id), ''),
       timezone('UTC', CAST(try_strptime(trim(invoice_month), '%Y%m') AS TIMESTAMP)),
       timezone('UTC', CAST(try_strptime(trim(invoice_month), '%Y%m') + INTERVAL 1 MONTH AS TIMESTAMP)),
       CAST(trim(start_text) AS TIMESTAMPTZ), TRY_CAST(trim(end_text) AS TIMESTAMPTZ),
       CASE lower(trim(cost_type)) WHEN 'tax' THEN 'Tax' WHEN 'adjustment' THEN 'Adjustment'
            WHEN 'rounding error' THEN 'Adjustment'
            ELSE CASE WHEN cost < 0 THEN 'Credit' ELSE 'Usage' END END,
       nullif(trim(sku), ''), 'Usage-Based',
       pricing_amount, nullif(trim(pricing_unit), ''), usage_amount, nullif(trim(usage_unit), ''),
       'Google Cloud', 'Google Cloud', 'Google Cloud', 'Google Cloud', 'Google Cloud',
       nullif(trim(service), ''), CASE WHEN is_vertex THEN 'AI and Machine Learning' END,
       CASE WHEN bucket IS NOT NULL THEN 'Generative AI' END,
       nullif(trim(region), ''), nullif(trim(resource_name), ''), nullif(trim(sku_id), ''),
       nullif(trim(sku), ''), nullif(trim(project_id), ''), nullif(trim(project_name), ''),
       CASE WHEN project_labels IS NULL AND labels IS NULL THEN NULL
            ELSE json_merge_patch(coalesce(project_labels, '{}'), coalesce(labels, '{}')) END,
       CASE WHEN bucket IS NOT NULL THEN model_part END,
       bucket,
       CASE WHEN bucket IS NULL THEN NULL WHEN s LIKE '%batch%' THEN 'batch'
            WHEN s LIKE '%priority%' THEN 'priority' WHEN s LIKE '%flex%' THEN 'flex'
            ELSE 'standard' END,
       CASE WHEN bucket IS NULL THEN NULL
            WHEN pricing_block IS NOT NULL AND pricing_amount IS NOT NULL
                 THEN CAST(round(pricing_amount * pricing_block) AS BIGINT)
            WHEN lower(trim(usage_unit)) IN ('count', 'token', 'tokens')
                 THEN CAST(round(usage_amount) AS BIGINT) END,
       nullif(trim(project_id), ''), trim(cost_text), 1,
       json_object('service_id', nullif(trim(service_id), ''),
                   'cost_type', nullif(trim(cost_type), ''),
                   'credits', CASE WHEN credit_total <> 0 THEN TRY_CAST(credits_text AS JSON) END,
                   'invoice_month', nullif(trim(invoice_month), ''),
                   'token_kind', CASE WHEN is_vertex AND s LIKE '%storage%' THEN 'cache_storage_token_hours' END,
                   'context_window', CASE WHEN bucket IS NOT NULL AND regexp_matches(s, 'long context|>\s*[0-9]+k') THEN 'long' END,
                   'token_unit_unknown', CASE WHEN bucket IS NOT NULL AND pricing_block IS NULL
                                                   AND lower(trim(usage_unit)) NOT IN ('count', 'token', 'tokens')
                                              THEN true END)
FROM (SELECT *,
             CASE WHEN NOT is_vertex OR s LIKE '%storage%' THEN NULL
                  WHEN s LIKE '%thinking%' OR s LIKE '%reasoning%' THEN 'out_reasoning'
                  WHEN regexp_matches(s, '\binput\b') AND regexp_matches(s, '\b(caching|cached|cache)\b') THEN 'in_cache_read'
                  WHEN regexp_matches(s, '\binput\b') AND regexp_matches(s, '\baudio\b') THEN 'in_audio'
                  WHEN regexp_matches(s, '\binput\b') AND regexp_matches(s, '\b(image|video)\b') THEN 'in_image'
                  WHEN regexp_matches(s, '\binput\b') THEN 'in_uncached'
                  WHEN regexp_matches(s, '\boutput\b') AND regexp_matches(s, '\baudio\b') THEN 'out_audio'
                  WHEN regexp_matches(s, '\boutput\b') AND regexp_matches(s, '\bimage\b') THEN 'out_image'
                  WHEN regexp_matches(s, '\boutput\b') THEN 'out_text' END AS bucket,
             nullif(trim(regexp_replace(regexp_replace(regexp_replace(sku, '\s+-\s+.*$', ''),
                 '(?i)\b(ga|preview|text|input|output|thinking|reasoning|caching|cached|cache|storage|batch|priority|flex|tokens?|audio|image|video|long|context|predictions?|online)\b',
                 ' ', 'g'), '\s+', ' ', 'g')), '') AS model_part
      FROM (SELECT *,
                   lower(coalesce(sku, '')) AS s,
                   (service_id = 'C7E2-9256-1C43' OR lower(service) LIKE '%vertex ai%'
                    OR lower(service) LIKE '%gemini%')
                   AND regexp_matches(lower(coalesce(sku, '')), '\b(input|output|thinking|caching)\b') AS is_vertex,
                   CAST(trim(cost_text) AS DECIMAL(38,10)) AS cost,
                   TRY_CAST(nullif(trim(usage_amount_text), '') AS DECIMAL(38,10)) AS usage_amount,
                   TRY_CAST(nullif(trim(pricing_amount_text), '') AS DECIMAL(38,10)) AS pricing_amount,
                   CASE WHEN regexp_matches(lower(trim(pricing_unit)), '^([0-9.]+\s*[km]?\s*)?(count|tokens?)$')
                        THEN coalesce(TRY_CAST(regexp_extract(trim(pricing_unit), '^([0-9.]+)', 1) AS DECIMAL(38,10)), 1)
                             * CASE upper(regexp_extract(lower(trim(pricing_unit)), '^[0-9.]+\s*([km])\s', 1))
                                    WHEN 'K' THEN 1000 WHEN 'M' THEN 1000000 ELSE 1 END END AS pricing_block,
                   coalesce((SELECT sum(TRY_CAST(c.amount AS DECIMAL(38,10)))
                             FROM (SELECT unnest(TRY_CAST(credits_text AS JSON[])) ->> 'amount' AS amount) c), 0)
                       AS credit_total,
                   CASE WHEN TRY_CAST(labels_text AS JSON) IS NOT NULL AND json_array_length(TRY_CAST(labels_text AS JSON)) > 0
                        THEN to_json(map_from_entries(from_json(labels_text, '[{"key":"VARCHAR","value":"VARCHAR"}]'))) END AS labels,
                   CASE WHEN TRY_CAST(project_labels_text AS JSON) IS NOT NULL AND json_array_length(TRY_CAST(project_labels_text AS JSON)) > 0
                        THEN to_json(map_from_entries(from_json(project_labels_text, '[{"key":"VARCHAR","value":"VARCHAR"}]'))) END AS project_labels
            FROM tl_provider_stage))
ORDER BY source_line
