-- Revenue per client for revenue periods starting in the month, converted by RevenueConversion
-- (tl_revenue_converted, the one place revenue converts), beside the client's LLM spend. In a pack
-- for chosen clients only their revenue counts.
WITH rev AS (
    SELECT r.client, sum(r.amount) AS revenue
    FROM tl_revenue_converted r
    CROSS JOIN showback_scope s
    WHERE s.grouping <> 'client'
       OR NOT EXISTS (SELECT 1 FROM showback_audiences)
       OR r.client IN (SELECT name FROM showback_audiences)
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
       spend.spend
FROM rev
FULL JOIN spend ON rev.client = spend.client
ORDER BY spend.spend DESC NULLS LAST, client
