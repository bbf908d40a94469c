INSERT INTO gpu_inventory (import_id, source_line, endpoint, hostname, instance_id, instance_type,
                           region, gpu_index, gpu_uuid, gpu_name, hourly_cost, currency,
                           running_from, running_to)
SELECT ?, source_line, endpoint, hostname, instance_id, instance_type, region, gpu_index, gpu_uuid,
       gpu_name, hourly_cost, currency, running_from, running_to
FROM tl_provider_stage
ORDER BY source_line
