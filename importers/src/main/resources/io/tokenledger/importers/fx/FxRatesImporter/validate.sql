-- FX rows that cannot become rates: a month, two currency codes and a positive rate, once per
-- month and pair in the file.
SELECT source_line, 'period' AS column_name,
       'not a date or month: "' || coalesce(period_text, '') || '"' AS reason
FROM tl_provider_stage WHERE period IS NULL
UNION ALL
SELECT source_line, 'from_currency', 'not a currency code: "' || coalesce(from_text, '') || '"'
FROM tl_provider_stage WHERE NOT coalesce(regexp_full_match(from_currency, '[A-Z]{3}'), false)
UNION ALL
SELECT source_line, 'to_currency', 'not a currency code: "' || coalesce(to_text, '') || '"'
FROM tl_provider_stage WHERE NOT coalesce(regexp_full_match(to_currency, '[A-Z]{3}'), false)
UNION ALL
SELECT source_line, 'rate',
       CASE WHEN rate IS NULL THEN 'not a number: "' || coalesce(rate_text, '') || '"'
            ELSE 'a rate must be above zero' END
FROM tl_provider_stage WHERE rate IS NULL OR rate <= 0
UNION ALL
SELECT source_line, 'period',
       'a second rate for ' || from_currency || ' to ' || to_currency || ' in '
           || strftime(period, '%Y-%m')
FROM (SELECT *, row_number() OVER (PARTITION BY period, from_currency, to_currency
                                   ORDER BY source_line) AS nth
      FROM tl_provider_stage WHERE period IS NOT NULL)
WHERE nth > 1
ORDER BY 1, 2
