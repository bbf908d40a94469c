-- The valid samples, units stripped; memory.total from used + free when only DCGM's pair is given.
INSERT INTO gpu_samples (import_id, source_line, host, gpu_index, gpu_uuid, gpu_name, pci_bus_id,
                         sample_time, utilization_pct, memory_utilization_pct, memory_total_mib,
                         memory_used_mib, power_w)
SELECT ?, source_line, host, gpu_index, gpu_uuid, gpu_name, pci_bus_id, sample_time,
       utilization_pct, memory_utilization_pct,
       coalesce(memory_total_mib, memory_used_mib + memory_free_mib), memory_used_mib, power_w
FROM tl_provider_stage
ORDER BY source_line
