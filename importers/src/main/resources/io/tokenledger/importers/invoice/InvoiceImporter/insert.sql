-- Invoice lines as cost lines. A line with a model gets a token bucket from its unit or text
-- ("input", "cached input", "cache write 1h", "output", "thinking") and tokens from its quantity
-- when the unit is a token unit (tokens, 1K tokens, 1M tokens).
INSERT INTO cost_lines (import_id, source_line, provider, BilledCost, EffectiveCost, BillingCurrency,
                        ChargePeriodStart, ChargePeriodEnd, ChargeCategory, ChargeDescription,
                        ConsumedQuantity, ConsumedUnit, ProviderName, InvoiceIssuerName,
                        model_raw, token_bucket, tokens, source_amount, source_amount_factor, extra)
SELECT ?, source_line, provider, amount, amount, currency,
       timezone('UTC', CAST(day AS TIMESTAMP)), timezone('UTC', CAST(day + INTERVAL 1 DAY AS TIMESTAMP)),
       CASE WHEN amount < 0 THEN 'Credit' ELSE 'Usage' END,
       nullif(trim(description), ''), quantity, nullif(trim(unit_text), ''), provider, provider,
       nullif(trim(model_text), ''), bucket,
       CASE WHEN bucket IS NOT NULL AND unit_block IS NOT NULL THEN CAST(round(quantity * unit_block) AS BIGINT) END,
       trim(amount_text), 1,
       json_object('invoice_template', template_name,
                   'token_unit_unknown', CASE WHEN bucket IS NOT NULL AND quantity IS NOT NULL
                                                   AND unit_block IS NULL THEN true END)
FROM (SELECT *,
             CASE WHEN nullif(trim(model_text), '') IS NULL THEN NULL
                  WHEN regexp_matches(t, 'cache[ds]?[ -]?(read|hit)|cached input') THEN 'in_cache_read'
                  WHEN regexp_matches(t, 'cache[ -]?(write|creation)') THEN
                       CASE WHEN regexp_matches(t, '\b(1h|1 ?hour|60 ?min)') THEN 'in_cache_write_1h' ELSE 'in_cache_write_5m' END
                  WHEN regexp_matches(t, '\b(thinking|reasoning)\b') THEN 'out_reasoning'
                  WHEN regexp_matches(t, '\b(input|prompt)\b') THEN 'in_uncached'
                  WHEN regexp_matches(t, '\b(output|completion)\b') THEN 'out_text' END AS bucket,
             CASE WHEN regexp_full_match(lower(trim(unit_text)), '(\d+(\.\d+)?\s*[km]?\s*)?tokens?')
                  THEN coalesce(TRY_CAST(regexp_extract(lower(trim(unit_text)), '^(\d+(\.\d+)?)', 1) AS DECIMAL(38,10)), 1)
                       * CASE regexp_extract(lower(trim(unit_text)), '^[\d.]*\s*([km])\s*tokens?$', 1)
                              WHEN 'k' THEN 1000 WHEN 'm' THEN 1000000 ELSE 1 END END AS unit_block
      FROM (SELECT *, lower(coalesce(unit_text, '') || ' ' || coalesce(description, '')) AS t
            FROM tl_provider_stage))
ORDER BY source_line
