-- missing_rates.sql over the pivot summary's cost rows.
SELECT DISTINCT f.currency || ' ' || strftime(f.period, '%Y-%m') AS missing
FROM pivot_facts f
LEFT JOIN fx_rates r
  ON r.period = date_trunc('month', f.period) AND r.from_currency = f.currency AND r.to_currency = {currency}
WHERE f.grain = '{grain}' AND f.kind = 'cost' AND f.currency <> {currency} AND r.rate IS NULL
  AND {period_where}
ORDER BY 1
