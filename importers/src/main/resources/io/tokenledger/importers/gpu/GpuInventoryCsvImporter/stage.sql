-- The GPU inventory as text ({c:name} placeholders filled from the header; a missing optional
-- column is NULL), typed beside its text so validate.sql can name a bad value.
CREATE TEMP TABLE tl_provider_stage AS
SELECT *,
       TRY_CAST(gpu_index_text AS INTEGER) AS gpu_index,
       TRY_CAST(hourly_cost_text AS DECIMAL(38,10)) AS hourly_cost,
       TRY_CAST(running_from_text AS TIMESTAMPTZ) AS running_from,
       TRY_CAST(running_to_text AS TIMESTAMPTZ) AS running_to
FROM (SELECT row_number() OVER () + 1 AS source_line,
             nullif(trim({c:endpoint}), '') AS endpoint,
             nullif(trim({c:hostname}), '') AS hostname,
             nullif(trim({c:instance_id}), '') AS instance_id,
             nullif(trim({c:instance_type}), '') AS instance_type,
             nullif(trim({c:region}), '') AS region,
             nullif(trim({c:gpu_index}), '') AS gpu_index_text,
             nullif(trim({c:gpu_uuid}), '') AS gpu_uuid,
             nullif(trim({c:gpu_name}), '') AS gpu_name,
             nullif(trim({c:hourly_cost}), '') AS hourly_cost_text,
             upper(coalesce(nullif(trim({c:currency}), ''), 'USD')) AS currency,
             nullif(trim({c:running_from}), '') AS running_from_text,
             nullif(trim({c:running_to}), '') AS running_to_text
      FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
                    {rejects}))
