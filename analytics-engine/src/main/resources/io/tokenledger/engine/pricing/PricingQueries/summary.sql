-- How much of the usage the price book covers.
SELECT count(*) AS events,
       count(*) FILTER (WHERE cost IS NOT NULL) AS priced_events,
       count(*) FILTER (WHERE cost IS NULL) AS unpriced_events,
       coalesce(sum(tokens), 0) AS tokens,
       coalesce(sum(tokens) FILTER (WHERE cost IS NULL), 0) AS unpriced_tokens,
       CAST(coalesce(sum(cost), 0) AS DECIMAL(38,10)) AS cost,
       CAST(coalesce(sum(source_cost), 0) AS DECIMAL(38,10)) AS source_cost,
       count(DISTINCT currency) AS currencies
FROM tl_priced_events
