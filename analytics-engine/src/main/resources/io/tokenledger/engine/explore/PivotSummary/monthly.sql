-- The month grain, rolled up from the day grain: most pivots (no day or week, whole months) read
-- these far fewer rows.
INSERT INTO pivot_facts
SELECT 'month', date_trunc('month', period), kind, provider, model, token_bucket, service_tier,
       client, feature, team, env, currency, sum(billed), sum(effective), sum(allocated),
       sum(unallocated), sum(tokens), sum(requests), sum(detail_rows)
FROM pivot_facts
WHERE grain = 'day' AND {months}
GROUP BY ALL
ORDER BY 2
