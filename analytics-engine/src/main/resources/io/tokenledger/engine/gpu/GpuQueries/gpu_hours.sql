-- One row per GPU and UTC hour with samples: how many samples, the sum of their utilisation
-- (kept as a sum so averages and thresholds stay exact) and the GPU's hourly price from the
-- inventory row whose running window holds the hour. A GPU without an inventory row counts under
-- its host (or uuid) with no price.
SELECT coalesce(i.endpoint, '(no inventory) ' || coalesce(s.host, s.gpu_uuid)) AS endpoint,
       coalesce(s.gpu_uuid, coalesce(s.host, '') || '#' || coalesce(CAST(s.gpu_index AS VARCHAR), '')) AS gpu,
       date_trunc('hour', s.sample_time) AS hour,
       count(*) AS samples,
       sum(s.utilization_pct) AS utilization_sum,
       any_value(i.hourly_cost) AS hourly_cost,
       any_value(i.currency) AS currency
FROM gpu_samples s
LEFT JOIN gpu_inventory i
       ON i.gpu_uuid = s.gpu_uuid
      AND s.sample_time >= coalesce(i.running_from, TIMESTAMPTZ '-infinity')
      AND s.sample_time < coalesce(i.running_to, TIMESTAMPTZ 'infinity')
WHERE s.utilization_pct IS NOT NULL
GROUP BY ALL
