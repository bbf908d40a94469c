-- Cost rows that cannot become cost lines: a missing or non-numeric amount, no currency, an
-- unreadable bucket time, a non-numeric quantity. Negative amounts are credits: they are valid.
SELECT source_line, amount_field AS column_name,
       CASE WHEN amount_text IS NULL THEN 'an amount is required'
            ELSE 'not a number: "' || amount_text || '"' END AS reason
FROM tl_provider_stage
WHERE NOT is_total AND NOT is_empty AND TRY_CAST(trim(amount_text) AS DECIMAL(38,10)) IS NULL
UNION ALL
SELECT source_line, currency_field, 'a currency is required'
FROM tl_provider_stage
WHERE NOT is_total AND NOT is_empty AND nullif(trim(currency), '') IS NULL
UNION ALL
SELECT source_line, time_field,
       'the bucket start time is missing or unreadable ("' || coalesce(time_text, '') || '")'
FROM tl_provider_stage WHERE NOT is_total AND NOT is_empty AND bucket_start IS NULL
UNION ALL
SELECT source_line, 'quantity', 'not a number: "' || quantity_text || '"'
FROM tl_provider_stage
WHERE NOT is_total AND NOT is_empty AND nullif(trim(quantity_text), '') IS NOT NULL
  AND TRY_CAST(trim(quantity_text) AS DECIMAL(38,10)) IS NULL
ORDER BY 1, 2
