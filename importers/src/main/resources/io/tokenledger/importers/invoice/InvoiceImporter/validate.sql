-- Invoice rows that cannot become cost lines, named by the sheet's own column headers.
SELECT source_line, date_column AS column_name,
       'not a date: "' || coalesce(date_text, '') || '"' AS reason
FROM tl_provider_stage WHERE day IS NULL
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
SELECT source_line, 'quantity', 'not a number: "' || quantity_text || '"'
FROM tl_provider_stage
WHERE nullif(trim(quantity_text), '') IS NOT NULL AND quantity IS NULL
ORDER BY 1, 2
