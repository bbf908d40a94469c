-- Rows the reader could read but whose values are not GPU metrics: a time and a utilisation are
-- required; numbers must be numbers in range. [N/A] and [Not Supported] are not errors (NULL).
SELECT source_line, 'timestamp' AS column_name,
       CASE WHEN "timestamp" IS NULL THEN 'a timestamp is required'
            ELSE 'not a timestamp: ''' || "timestamp" || '''' END AS reason
FROM tl_provider_stage WHERE sample_time IS NULL
UNION ALL
SELECT source_line, 'utilization_gpu', 'the GPU utilization is required'
FROM tl_provider_stage WHERE utilization_gpu IS NULL
UNION ALL
SELECT source_line, field, 'not a number: ''' || text || ''''
FROM (SELECT source_line, 'utilization_gpu' AS field, utilization_gpu AS text, utilization_pct AS value FROM tl_provider_stage
      UNION ALL SELECT source_line, 'utilization_memory', utilization_memory, memory_utilization_pct FROM tl_provider_stage
      UNION ALL SELECT source_line, 'memory_total', memory_total, memory_total_mib FROM tl_provider_stage
      UNION ALL SELECT source_line, 'memory_used', memory_used, memory_used_mib FROM tl_provider_stage
      UNION ALL SELECT source_line, 'memory_free', memory_free, memory_free_mib FROM tl_provider_stage
      UNION ALL SELECT source_line, 'power_draw', power_draw, power_w FROM tl_provider_stage
      UNION ALL SELECT source_line, 'index', "index", gpu_index FROM tl_provider_stage)
WHERE text IS NOT NULL AND value IS NULL
UNION ALL
SELECT source_line, 'utilization_gpu', 'a utilization is a percentage from 0 to 100 (' || utilization_gpu || ')'
FROM tl_provider_stage WHERE utilization_pct < 0 OR utilization_pct > 100
UNION ALL
SELECT source_line, 'utilization_memory', 'a utilization is a percentage from 0 to 100 (' || utilization_memory || ')'
FROM tl_provider_stage WHERE memory_utilization_pct < 0 OR memory_utilization_pct > 100
UNION ALL
SELECT source_line, 'memory_used', 'memory cannot be negative (' || memory_used || ')'
FROM tl_provider_stage WHERE memory_used_mib < 0
UNION ALL
SELECT source_line, 'power_draw', 'power cannot be negative (' || power_draw || ')'
FROM tl_provider_stage WHERE power_w < 0
ORDER BY 1, 2
