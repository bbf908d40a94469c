-- Per endpoint and UTC hour of the day: GPU-hours, samples, the utilisation sum and the GPU-hours
-- below the threshold (parameter), to show when capacity sits idle.
WITH gpu_hours AS ({gpu_hours})
SELECT endpoint, CAST(hour(hour) AS INTEGER) AS hour_of_day,
       count(*) AS gpu_hours,
       sum(samples) AS samples,
       sum(utilization_sum) AS utilization_sum,
       count(*) FILTER (WHERE utilization_sum < ? * samples) AS hours_below
FROM gpu_hours
GROUP BY ALL
ORDER BY endpoint, hour_of_day
