-- OpenAI cost rows as cost lines. line_item is free text (DOMAIN.md 4):
-- "[tier | ]<model>[ <word>], <token type>[, long context]"; other texts are non-token charges.
-- quantity is in tokens, or in thousands of tokens for quantity_unit 1000_tokens.
INSERT INTO cost_lines (import_id, source_line, provider, BilledCost, EffectiveCost, BillingCurrency,
                        ChargePeriodStart, ChargePeriodEnd, ChargeCategory, ChargeDescription,
                        ChargeFrequency, ConsumedQuantity, ConsumedUnit, ProviderName,
                        PublisherName, InvoiceIssuerName, ServiceProviderName, HostProviderName,
                        ServiceName, ServiceCategory, ServiceSubcategory, SubAccountId,
                        SubAccountName, BillingAccountId, model_raw, token_bucket, service_tier,
                        tokens, project, api_key, source_amount, source_amount_factor, extra)
SELECT ?, source_line, 'openai', amount, amount, upper(trim(currency)),
       bucket_start, bucket_end,
       CASE WHEN amount < 0 THEN 'Credit' ELSE 'Usage' END,
       coalesce(nullif(trim(line_item), ''), 'OpenAI API (not grouped by line item)'),
       'Usage-Based', quantity, nullif(trim(quantity_unit), ''),
       'OpenAI', 'OpenAI', 'OpenAI', 'OpenAI', 'OpenAI',
       'OpenAI API', 'AI and Machine Learning', 'Generative AI',
       nullif(trim(project_id), ''), nullif(trim(project_name), ''), nullif(trim(organization_id), ''),
       nullif(model_part, ''),
       CASE WHEN model_part = '' THEN NULL
            WHEN kind LIKE 'cached audio input%' THEN 'in_audio_cached'
            WHEN kind LIKE 'cached image input%' THEN 'in_image_cached'
            WHEN kind LIKE 'cached input%' OR kind LIKE 'cache read%' THEN 'in_cache_read'
            WHEN kind LIKE 'cache write%' OR kind LIKE 'cached write%' THEN 'in_cache_write_5m'
            WHEN kind LIKE 'audio input%' THEN 'in_audio'
            WHEN kind LIKE 'image input%' THEN 'in_image'
            WHEN kind LIKE 'audio output%' THEN 'out_audio'
            WHEN kind LIKE 'image output%' THEN 'out_image'
            WHEN kind LIKE 'reasoning%' THEN 'out_reasoning'
            WHEN kind LIKE 'input%' OR kind LIKE 'text input%' THEN 'in_uncached'
            WHEN kind LIKE 'output%' OR kind LIKE 'text output%' THEN 'out_text'
       END,
       CASE WHEN tier_word IN ('batch', 'flex', 'priority', 'scale') THEN tier_word
            WHEN tier_word IN ('default', 'standard') THEN 'standard'
            WHEN model_part <> '' THEN 'standard' END,
       CASE WHEN model_part = '' THEN NULL
            WHEN lower(trim(quantity_unit)) = 'tokens' THEN CAST(round(quantity) AS BIGINT)
            WHEN lower(trim(quantity_unit)) IN ('1000_tokens', '1k_tokens') THEN CAST(round(quantity * 1000) AS BIGINT)
            WHEN quantity_unit IS NULL AND quantity IS NOT NULL THEN CAST(round(quantity) AS BIGINT)
       END,
       nullif(trim(project_id), ''), nullif(trim(api_key_id), ''),
       trim(amount_text), 1,
       json_merge_patch(coalesce(extra, '{}'),
                        json_object('context_window', CASE WHEN kind LIKE '%long context%' THEN 'long' END))
FROM (SELECT *,
             CAST(trim(amount_text) AS DECIMAL(38,10)) AS amount,
             TRY_CAST(nullif(trim(quantity_text), '') AS DECIMAL(38,10)) AS quantity,
             regexp_extract(trim(line_item), '^(?:(\w+) \| )?([\w.\-:]+)(?: (\w+))?, (.+)$',
                            ['tier1', 'model', 'word', 'rest']) AS parsed,
             lower(coalesce(nullif(parsed['tier1'], ''), nullif(parsed['word'], ''))) AS tier_word,
             parsed['model'] AS model_part,
             lower(parsed['rest']) AS kind
      FROM tl_provider_stage
      WHERE NOT is_total AND NOT is_empty)
ORDER BY source_line
