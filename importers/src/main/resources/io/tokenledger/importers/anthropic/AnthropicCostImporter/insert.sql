-- Anthropic cost rows as cost lines, one per token type (DOMAIN.md 1.2). The API's amount is in
-- cents (amount_factor 100), the Console's in dollars (factor 1): BilledCost = amount / factor,
-- and the source amount is kept as written. Cost rows carry no token counts.
INSERT INTO cost_lines (import_id, source_line, provider, BilledCost, EffectiveCost, ListCost,
                        BillingCurrency, ChargePeriodStart, ChargePeriodEnd, ChargeCategory,
                        ChargeDescription, ChargeFrequency, ProviderName, PublisherName,
                        InvoiceIssuerName, ServiceProviderName, HostProviderName, ServiceName,
                        ServiceCategory, ServiceSubcategory, SubAccountId, SubAccountName,
                        model_raw, token_bucket, service_tier, project, api_key, source_amount,
                        source_amount_factor, extra)
SELECT ?, source_line, 'anthropic', amount / amount_factor, amount / amount_factor, list_price,
       upper(trim(currency)), bucket_start, bucket_end,
       CASE WHEN amount < 0 THEN 'Credit' ELSE 'Usage' END,
       coalesce(nullif(trim(description), ''),
                concat_ws(', ', nullif(trim(model), ''), nullif(trim(token_type), ''),
                          nullif(trim(cost_type), ''))),
       'Usage-Based', 'Anthropic', 'Anthropic', 'Anthropic', 'Anthropic', 'Anthropic',
       'Claude API', 'AI and Machine Learning', 'Generative AI',
       nullif(trim(workspace), ''), nullif(trim(workspace), ''),
       nullif(trim(model), ''),
       CASE lower(trim(token_type))
            WHEN 'uncached_input_tokens' THEN 'in_uncached' WHEN 'input_no_cache' THEN 'in_uncached'
            WHEN 'cache_read_input_tokens' THEN 'in_cache_read' WHEN 'input_cache_read' THEN 'in_cache_read'
            WHEN 'cache_creation.ephemeral_5m_input_tokens' THEN 'in_cache_write_5m'
            WHEN 'input_cache_write_5m' THEN 'in_cache_write_5m'
            WHEN 'input_cache_write' THEN 'in_cache_write_5m'
            WHEN 'cache_creation.ephemeral_1h_input_tokens' THEN 'in_cache_write_1h'
            WHEN 'input_cache_write_1h' THEN 'in_cache_write_1h'
            WHEN 'output_tokens' THEN 'out_text' WHEN 'output' THEN 'out_text' END,
       CASE WHEN nullif(trim(model), '') IS NULL THEN NULL
            WHEN lower(service_tier) LIKE '%batch%' THEN 'batch'
            WHEN lower(service_tier) LIKE 'priority%' THEN 'priority'
            ELSE 'standard' END,
       nullif(trim(workspace), ''), nullif(trim(coalesce(api_key_id, api_key)), ''),
       trim(amount_text), amount_factor,
       json_merge_patch(coalesce(extra, '{}'), json_object(
           'cost_type', nullif(trim(cost_type), ''),
           'token_type', nullif(trim(token_type), ''),
           'context_window', CASE WHEN context_window LIKE '%≤%' OR context_window LIKE '0-%' THEN '0-200k'
                                  WHEN context_window LIKE '%>%' OR lower(context_window) LIKE '200k-%' THEN '200k-1M'
                                  ELSE nullif(trim(context_window), '') END,
           'context_window_raw', nullif(trim(context_window), ''),
           'inference_geo', nullif(trim(inference_geo), ''), 'speed', nullif(trim(speed), ''),
           'api_key_name', CASE WHEN api_key_id IS NOT NULL THEN nullif(trim(api_key), '') END,
           'split_known', CASE WHEN lower(token_type) IN ('output', 'output_tokens') THEN false END,
           'cache_write_ttl', CASE WHEN lower(trim(token_type)) = 'input_cache_write' THEN 'unstated' END))
FROM (SELECT *,
             CAST(trim(amount_text) AS DECIMAL(38,10)) AS amount,
             CAST(nullif(trim(list_text), '') AS DECIMAL(38,10)) AS list_price
      FROM tl_provider_stage
      WHERE NOT is_empty)
ORDER BY source_line
