-- Cost rows that cannot become cost lines: a missing or non-numeric amount or list price, no
-- currency, an unreadable date. Negative amounts are credits: they are valid.
SELECT source_line, amount_field AS column_name,
       CASE WHEN amount_text IS NULL THEN 'an amount is required'
            ELSE 'not a number: "' || amount_text || '"' END AS reason
FROM tl_provider_stage WHERE NOT is_empty AND TRY_CAST(trim(amount_text) AS DECIMAL(38,10)) IS NULL
UNION ALL
SELECT source_line, 'list_price_usd', 'not a number: "' || list_text || '"'
FROM tl_provider_stage
WHERE NOT is_empty AND nullif(trim(list_text), '') IS NOT NULL
  AND TRY_CAST(trim(list_text) AS DECIMAL(38,10)) IS NULL
UNION ALL
SELECT source_line, currency_field, 'a currency is required'
FROM tl_provider_stage WHERE NOT is_empty AND nullif(trim(currency), '') IS NULL
UNION ALL
SELECT source_line, time_field,
       'the date is missing or unreadable ("' || coalesce(time_text, '') || '")'
FROM tl_provider_stage WHERE NOT is_empty AND bucket_start IS NULL
ORDER BY 1, 2
