-- Revenue per client for revenue periods starting in the month, converted like the cost, beside
-- the client's LLM spend. In a pack for chosen clients only their revenue counts.
WITH rev AS (
    SELECT r.client,
           sum(r.amount * CASE WHEN r.currency = s.currency THEN CAST(1 AS DECIMAL(18, 12))
                               ELSE CAST(x.rate AS DECIMAL(18, 12)) END) AS revenue,
           bool_or(r.currency <> s.currency AND x.rate IS NULL) AS missing_rate,
           string_agg(DISTINCT CASE WHEN r.currency <> s.currency AND x.rate IS NULL
                                    THEN r.currency || ' ' || strftime(r.period_start, '%Y-%m') END,
                      ', ') AS missing
    FROM revenue r
    CROSS JOIN showback_scope s
    LEFT JOIN fx_rates x
      ON x.period = date_trunc('month', r.period_start) AND x.from_currency = r.currency
     AND x.to_currency = s.currency
    WHERE r.period_start >= s.period_start AND r.period_start < s.period_end
      AND (s.grouping <> 'client'
           OR NOT EXISTS (SELECT 1 FROM showback_audiences)
           OR r.client IN (SELECT name FROM showback_audiences))
    GROUP BY r.client
),
spend AS (
    SELECT client, sum(billed) AS spend
    FROM showback_rows
    WHERE is_current
    GROUP BY client
)
SELECT coalesce(rev.client, spend.client) AS client,
       CAST(rev.revenue AS DECIMAL(38, 10)) AS revenue,
       spend.spend,
       coalesce(rev.missing_rate, false) AS missing_rate,
       rev.missing
FROM rev
FULL JOIN spend ON rev.client = spend.client
ORDER BY spend.spend DESC NULLS LAST, client
