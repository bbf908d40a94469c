-- Per endpoint and hourly price: GPU-hours, utilisation sums, the GPU-hours whose mean utilisation
-- is below the threshold (utilization_sum < threshold x samples, exact) and what they cost. The
-- idle cost needs a division per samples-per-hour, done in Java with BigDecimal: hence the grouping
-- by samples. gpus counts the endpoint's distinct GPUs over all its groups. Parameters: the
-- threshold twice.
WITH gpu_hours AS ({gpu_hours}),
     gpus AS (SELECT endpoint, currency, count(DISTINCT gpu) AS gpus FROM gpu_hours GROUP BY ALL)
SELECT h.endpoint, h.currency, h.hourly_cost, h.samples,
       any_value(g.gpus) AS gpus,
       count(*) AS gpu_hours,
       sum(h.utilization_sum) AS utilization_sum,
       count(*) FILTER (WHERE h.utilization_sum < ? * h.samples) AS hours_below,
       coalesce(sum(h.hourly_cost) FILTER (WHERE h.utilization_sum < ? * h.samples), 0) AS cost_below,
       sum(h.hourly_cost) AS paid_cost
FROM gpu_hours h
JOIN gpus g ON g.endpoint = h.endpoint AND g.currency IS NOT DISTINCT FROM h.currency
GROUP BY h.endpoint, h.currency, h.hourly_cost, h.samples
ORDER BY h.endpoint, h.currency, h.hourly_cost, h.samples
