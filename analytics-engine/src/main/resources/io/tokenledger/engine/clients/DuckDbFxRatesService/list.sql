SELECT period, from_currency, to_currency, rate
FROM fx_rates
ORDER BY period, from_currency, to_currency
