-- Revenue per client for the months starting in [?, ?), in the currency given first, converted
-- with the FX rate of each revenue row's month; missing_rates names the rates that are absent.
-- Kept minimal on purpose: the Clients page's engine owns revenue and FX (see engine.scenarios docs).
WITH params AS (SELECT CAST(? AS VARCHAR) AS currency, CAST(? AS DATE) AS start, CAST(? AS DATE) AS stop),
rows AS (
    SELECT r.client, r.amount, r.currency, CAST(date_trunc('month', r.period_start) AS DATE) AS month,
           CASE WHEN r.currency = p.currency THEN CAST(1 AS DECIMAL(38,12)) ELSE f.rate END AS rate
    FROM revenue r
    CROSS JOIN params p
    LEFT JOIN fx_rates f
      ON f.period = CAST(date_trunc('month', r.period_start) AS DATE)
     AND f.from_currency = r.currency AND f.to_currency = p.currency
    WHERE r.period_start >= p.start AND r.period_start < p.stop
)
SELECT client,
       CAST(sum(amount * rate) AS DECIMAL(38,10)) AS amount,
       string_agg(DISTINCT currency || ' ' || strftime(month, '%Y-%m'), ', ') FILTER (WHERE rate IS NULL) AS missing_rates
FROM rows
GROUP BY client
ORDER BY client
