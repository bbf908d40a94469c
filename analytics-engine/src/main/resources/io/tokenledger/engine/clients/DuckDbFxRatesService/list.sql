SELECT period, from_currency, to_currency, rate, import_id
FROM fx_rates
ORDER BY period, from_currency, to_currency
