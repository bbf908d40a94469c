-- Currencies and months of the allocation that have no rate to the reporting currency.
SELECT DISTINCT a.currency || ' ' || strftime(a.day, '%Y-%m') AS missing
FROM allocations a
LEFT JOIN fx_rates r
  ON r.period = date_trunc('month', a.day) AND r.from_currency = a.currency AND r.to_currency = {currency}
WHERE a.currency <> {currency} AND r.rate IS NULL AND {period_where}
ORDER BY 1
