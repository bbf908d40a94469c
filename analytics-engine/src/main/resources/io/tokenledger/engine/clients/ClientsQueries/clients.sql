-- Per client: its revenue (sheet clients under the usage side's name when they matched) beside its
-- allocated spend, tokens and tasks. A client on one side only still has its line, so the lines add
-- up to both totals.
WITH rev AS (
    SELECT coalesce(m.client, r.client) AS client, sum(r.amount) AS revenue
    FROM tl_revenue_converted r
    LEFT JOIN tl_client_match m
      ON m.revenue_client = r.client AND m.revenue_client_id IS NOT DISTINCT FROM r.client_id
    GROUP BY 1
),
spend AS (
    SELECT client, sum(spend) AS spend, coalesce(sum(tokens), 0) AS tokens,
           count(DISTINCT task) AS tasks
    FROM tl_client_spend
    WHERE method <> 'unallocated'
    GROUP BY client
)
SELECT coalesce(rev.client, spend.client) AS client,
       CAST(coalesce(rev.revenue, 0) AS DECIMAL(38, 10)) AS revenue,
       CAST(coalesce(spend.spend, 0) AS DECIMAL(38, 10)) AS spend,
       CAST(coalesce(spend.tokens, 0) AS BIGINT) AS tokens,
       coalesce(spend.tasks, 0) AS tasks,
       rev.client IS NOT NULL AS has_revenue,
       spend.client IS NOT NULL AS has_usage
FROM rev
FULL JOIN spend ON rev.client = spend.client
ORDER BY spend DESC, revenue DESC, client
