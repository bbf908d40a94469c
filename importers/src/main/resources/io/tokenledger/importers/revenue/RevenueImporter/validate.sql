-- Revenue rows that cannot become revenue lines, named by the sheet's own column headers.
SELECT source_line, client_column AS column_name, 'a client is required' AS reason
FROM tl_provider_stage WHERE client IS NULL
UNION ALL
SELECT source_line, start_column,
       CASE WHEN nullif(trim(start_text), '') IS NULL THEN 'a period start is required'
            ELSE 'not a date or month: "' || start_text || '"' END
FROM tl_provider_stage WHERE period_start IS NULL
UNION ALL
SELECT source_line, end_column, 'not a date or month: "' || end_text || '"'
FROM tl_provider_stage WHERE nullif(trim(end_text), '') IS NOT NULL AND period_end IS NULL
UNION ALL
SELECT source_line, end_column,
       'the period ends (' || period_end || ') before it starts (' || period_start || ')'
FROM tl_provider_stage WHERE period_end < period_start
UNION ALL
SELECT source_line, amount_column,
       CASE WHEN nullif(trim(amount_text), '') IS NULL THEN 'an amount is required'
            ELSE 'not an amount: "' || amount_text || '"' END
FROM tl_provider_stage WHERE amount IS NULL
UNION ALL
SELECT source_line, coalesce(currency_column, amount_column),
       'no currency: map a currency column or give the template a default currency'
FROM tl_provider_stage WHERE currency IS NULL
UNION ALL
SELECT source_line, currency_column, 'not a currency code: "' || currency_text || '"'
FROM tl_provider_stage WHERE NOT regexp_full_match(currency, '[A-Z]{3}')
ORDER BY 1, 2
