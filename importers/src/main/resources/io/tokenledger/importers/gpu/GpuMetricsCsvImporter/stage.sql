-- Reads an nvidia-smi or DCGM CSV with DuckDB's reader: every column as text, named by position
-- ({columns} and the field placeholders come from GpuMetricField, never from the file), values
-- trimmed of the ", " separator's space and of their units, then typed. $1 is the file, $2 the host
-- named by the file name. Bad values stay NULL beside their text so validate.sql can name them.
CREATE TEMP TABLE tl_provider_stage AS
SELECT *,
       TRY_CAST(utilization_gpu AS DECIMAL(9,2)) AS utilization_pct,
       TRY_CAST(utilization_memory AS DECIMAL(9,2)) AS memory_utilization_pct,
       TRY_CAST(memory_total AS BIGINT) AS memory_total_mib,
       TRY_CAST(memory_used AS BIGINT) AS memory_used_mib,
       TRY_CAST(memory_free AS BIGINT) AS memory_free_mib,
       TRY_CAST(power_draw AS DECIMAL(9,2)) AS power_w,
       TRY_CAST("index" AS INTEGER) AS gpu_index,
       coalesce(timezone('UTC', try_strptime("timestamp", ['%Y/%m/%d %H:%M:%S.%g', '%Y/%m/%d %H:%M:%S'])),
                TRY_CAST("timestamp" AS TIMESTAMPTZ),
                CASE WHEN regexp_full_match("timestamp", '[0-9]{9,10}(\.[0-9]+)?')
                     THEN to_timestamp(CAST("timestamp" AS DOUBLE)) END) AS sample_time
FROM (SELECT row_number() OVER () + 1 AS source_line,
             coalesce(nullif({host}, ''), $2) AS host,
             nullif({name}, '') AS gpu_name,
             nullif({pci_bus_id}, '') AS pci_bus_id,
             tl_gpu_value({index}) AS "index",
             nullif({uuid}, '') AS gpu_uuid,
             nullif({timestamp}, '') AS "timestamp",
             tl_gpu_value({utilization_gpu}) AS utilization_gpu,
             tl_gpu_value({utilization_memory}) AS utilization_memory,
             tl_gpu_value({memory_total}) AS memory_total,
             tl_gpu_value({memory_used}) AS memory_used,
             tl_gpu_value({memory_free}) AS memory_free,
             tl_gpu_value({power_draw}) AS power_draw
      FROM read_csv($1, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
                    columns = {columns}, {rejects}))
