-- Revenue and spend per client and month of the period.
WITH rev AS (
    SELECT coalesce(m.client, r.client) AS client,
           CAST(date_trunc('month', r.period_start) AS DATE) AS month, sum(r.amount) AS revenue
    FROM tl_revenue_converted r
    LEFT JOIN tl_client_match m
      ON m.revenue_client = r.client AND m.revenue_client_id IS NOT DISTINCT FROM r.client_id
    GROUP BY 1, 2
),
spend AS (
    SELECT client, month, sum(spend) AS spend
    FROM tl_client_spend
    WHERE method <> 'unallocated'
    GROUP BY 1, 2
)
SELECT coalesce(rev.client, spend.client) AS client, coalesce(rev.month, spend.month) AS month,
       CAST(coalesce(rev.revenue, 0) AS DECIMAL(38, 10)) AS revenue,
       CAST(coalesce(spend.spend, 0) AS DECIMAL(38, 10)) AS spend
FROM rev
FULL JOIN spend ON rev.client = spend.client AND rev.month = spend.month
ORDER BY client, month
