-- Azure cost lines: every row of the export; Azure OpenAI token meters also get model, bucket,
-- tier and tokens (Quantity times the UnitOfMeasure block). Tags are JSON-ish ("k": "v" pairs,
-- with or without braces): read leniently, kept as Tags when they parse.
INSERT INTO cost_lines (import_id, source_line, provider, BilledCost, EffectiveCost, ListCost,
                        BillingCurrency, BillingAccountId, BillingAccountName, BillingPeriodStart,
                        BillingPeriodEnd, ChargePeriodStart, ChargePeriodEnd, ChargeCategory,
                        ChargeDescription, ChargeFrequency, PricingQuantity, PricingUnit,
                        ConsumedQuantity, ConsumedUnit, ProviderName, PublisherName,
                        InvoiceIssuerName, ServiceProviderName, HostProviderName, InvoiceId,
                        ServiceName, ServiceCategory, ServiceSubcategory, RegionName, ResourceId,
                        ResourceName, SkuId, SkuMeter, SubAccountId, SubAccountName, Tags,
                        model_raw, token_bucket, service_tier, tokens, project, source_amount,
                        source_amount_factor, extra)
SELECT ?, source_line, 'azure', amount, amount, list_price, upper(trim(currency)),
       billing_account_id, billing_account_name,
       timezone('UTC', CAST(coalesce(TRY_CAST(trim(period_start) AS DATE), try_strptime(trim(period_start), '%m/%d/%Y')) AS TIMESTAMP)),
       timezone('UTC', CAST(coalesce(TRY_CAST(trim(period_end) AS DATE), try_strptime(trim(period_end), '%m/%d/%Y')) AS TIMESTAMP)),
       timezone('UTC', CAST(day AS TIMESTAMP)), timezone('UTC', CAST(day + INTERVAL 1 DAY AS TIMESTAMP)),
       CASE WHEN lower(charge_type) = 'tax' THEN 'Tax'
            WHEN lower(charge_type) IN ('refund', 'credit') THEN 'Credit'
            WHEN lower(charge_type) = 'purchase' THEN 'Purchase'
            WHEN lower(charge_type) LIKE '%adjustment%' THEN 'Adjustment'
            ELSE 'Usage' END,
       concat_ws(' / ', nullif(meter_category, ''), nullif(meter_subcategory, ''), nullif(meter_name, '')),
       CASE WHEN lower(charge_type) = 'purchase' THEN 'One-Time' ELSE 'Usage-Based' END,
       quantity, nullif(trim(unit), ''), quantity, nullif(trim(unit), ''),
       'Microsoft', coalesce(nullif(trim(publisher), ''), 'Microsoft'), 'Microsoft', 'Microsoft', 'Microsoft',
       nullif(trim(invoice_id), ''),
       coalesce(nullif(trim(meter_category), ''), nullif(trim(product), '')),
       CASE WHEN is_openai OR lower(meter_category) LIKE '%cognitive%' THEN 'AI and Machine Learning' END,
       CASE WHEN bucket IS NOT NULL THEN 'Generative AI' END,
       coalesce(nullif(trim(location), ''), nullif(trim(meter_region), '')),
       nullif(trim(resource_id), ''), nullif(trim(resource_name), ''), nullif(trim(meter_id), ''),
       nullif(trim(meter_name), ''), nullif(trim(subscription_id), ''), nullif(trim(subscription_name), ''),
       CASE WHEN nullif(trim(tags_text), '') IS NULL THEN NULL
            WHEN trim(tags_text) LIKE '{%' THEN TRY_CAST(trim(tags_text) AS JSON)
            ELSE TRY_CAST('{' || trim(tags_text) || '}' AS JSON) END,
       CASE WHEN bucket IS NOT NULL THEN model_part END,
       bucket,
       CASE WHEN bucket IS NULL THEN NULL WHEN regexp_matches(meter_words, '\bbatch\b') THEN 'batch'
            WHEN regexp_matches(meter_words, '\bpriority\b') THEN 'priority' ELSE 'standard' END,
       CASE WHEN bucket IS NOT NULL AND unit_block IS NOT NULL THEN CAST(round(quantity * unit_block) AS BIGINT) END,
       nullif(trim(resource_group), ''),
       trim(amount_text), 1,
       json_object('routing', CASE WHEN bucket IS NULL THEN NULL
                                   WHEN regexp_matches(meter_words, '\b(glbl|global)\b') THEN 'global'
                                   WHEN regexp_matches(meter_words, '\b(data zone|dzone|dz)\b') THEN 'data-zone'
                                   WHEN regexp_matches(meter_words, '\b(regnl|regional|rgnl)\b') THEN 'regional' END,
                   'token_unit_unknown', CASE WHEN bucket IS NOT NULL AND unit_block IS NULL THEN true END,
                   'effective_price', nullif(trim(effective_price), ''),
                   'payg_price', nullif(trim(payg_price), ''),
                   'charge_type', nullif(trim(charge_type), ''),
                   'additional_info', nullif(trim(additional_info), ''))
FROM (SELECT *,
             CAST(trim(amount_text) AS DECIMAL(38,10)) AS amount,
             TRY_CAST(nullif(trim(list_text), '') AS DECIMAL(38,10)) AS list_price,
             TRY_CAST(nullif(trim(quantity_text), '') AS DECIMAL(38,10)) AS quantity,
             coalesce(TRY_CAST(trim(date_text) AS DATE), CAST(try_strptime(trim(date_text), '%m/%d/%Y') AS DATE)) AS day,
             CASE WHEN regexp_matches(trim(unit), '^\d+(\.\d+)?\s*[kKmM]?(\s*tokens?)?$')
                  THEN CAST(regexp_extract(trim(unit), '^(\d+(\.\d+)?)', 1) AS DECIMAL(38,10))
                       * CASE upper(regexp_extract(trim(unit), '([kKmM])', 1))
                              WHEN 'K' THEN 1000 WHEN 'M' THEN 1000000 ELSE 1 END END AS unit_block
      FROM tl_provider_stage)
ORDER BY source_line
