-- Inventory rows that cannot price a GPU hour: endpoint, uuid and a non-negative hourly cost are
-- required; the running window must be timestamps in order.
SELECT source_line, 'endpoint' AS column_name, 'an endpoint is required' AS reason
FROM tl_provider_stage WHERE endpoint IS NULL
UNION ALL
SELECT source_line, 'gpu_uuid', 'a GPU uuid is required' FROM tl_provider_stage WHERE gpu_uuid IS NULL
UNION ALL
SELECT source_line, 'hourly_cost', 'an hourly cost is required' FROM tl_provider_stage WHERE hourly_cost_text IS NULL
UNION ALL
SELECT source_line, 'hourly_cost', 'not a number: ''' || hourly_cost_text || ''''
FROM tl_provider_stage WHERE hourly_cost_text IS NOT NULL AND hourly_cost IS NULL
UNION ALL
SELECT source_line, 'hourly_cost', 'an hourly cost cannot be negative (' || hourly_cost_text || ')'
FROM tl_provider_stage WHERE hourly_cost < 0
UNION ALL
SELECT source_line, 'gpu_index', 'not a GPU index: ''' || gpu_index_text || ''''
FROM tl_provider_stage WHERE gpu_index_text IS NOT NULL AND gpu_index IS NULL
UNION ALL
SELECT source_line, 'running_from', 'not a timestamp: ''' || running_from_text || ''''
FROM tl_provider_stage WHERE running_from_text IS NOT NULL AND running_from IS NULL
UNION ALL
SELECT source_line, 'running_to', 'not a timestamp: ''' || running_to_text || ''''
FROM tl_provider_stage WHERE running_to_text IS NOT NULL AND running_to IS NULL
UNION ALL
SELECT source_line, 'running_to', 'running_to is not after running_from'
FROM tl_provider_stage WHERE running_to <= running_from
ORDER BY 1, 2
