-- A dashboard export completions_usage_<from>_<to>.csv, read as text (a c:name placeholder is the column when
-- the header has it, else NULL). Times: Unix seconds (possibly written as floats), else the ISO
-- columns, naive ones read as UTC. A row whose group columns are all empty while other rows are
-- grouped is the export's ungrouped total: it is marked, never added to the grouped rows.
CREATE TEMP TABLE tl_provider_stage AS
SELECT source_line,
       coalesce(to_timestamp(CAST(TRY_CAST(trim(st) AS DECIMAL(20,3)) AS BIGINT)),
                CASE WHEN st_iso ~ '.*(Z|[+-]\d\d:?\d\d)$' THEN TRY_CAST(st_iso AS TIMESTAMPTZ)
                     ELSE timezone('UTC', TRY_CAST(st_iso AS TIMESTAMP)) END) AS bucket_start,
       coalesce(to_timestamp(CAST(TRY_CAST(trim(et) AS DECIMAL(20,3)) AS BIGINT)),
                CASE WHEN et_iso ~ '.*(Z|[+-]\d\d:?\d\d)$' THEN TRY_CAST(et_iso AS TIMESTAMPTZ)
                     ELSE timezone('UTC', TRY_CAST(et_iso AS TIMESTAMP)) END) AS bucket_end,
       coalesce(st, st_iso) AS time_text,
       'completions' AS endpoint,
       model, project_id, api_key_id, user_id, batch, service_tier,
       input_tokens, input_cached_tokens, input_cache_write_tokens, input_uncached_tokens,
       output_tokens, num_model_requests,
       false AS has_more,
       NOT grouped AND bool_or(grouped) OVER () AS is_total,
       coalesce(input_tokens, output_tokens, num_model_requests, input_cached_tokens) IS NULL AS is_empty,
       json_object('source', 'openai-dashboard-csv',
                   'project_name', project_name, 'api_key_name', api_key_name,
                   'user_email', user_email, 'input_audio_tokens', input_audio_tokens,
                   'output_audio_tokens', output_audio_tokens) AS attributes
FROM (SELECT *,
             coalesce(nullif(trim(project_id), ''), nullif(trim(user_id), ''),
                      nullif(trim(api_key_id), ''), nullif(trim(model), ''),
                      nullif(trim(batch), ''), nullif(trim(service_tier), '')) IS NOT NULL AS grouped
      FROM (SELECT row_number() OVER () + 1 AS source_line,
                   {c:start_time} AS st, {c:end_time} AS et,
                   {c:start_time_iso} AS st_iso, {c:end_time_iso} AS et_iso,
                   {c:model} AS model, {c:project_id} AS project_id, {c:api_key_id} AS api_key_id,
                   {c:user_id} AS user_id, {c:batch} AS batch, {c:service_tier} AS service_tier,
                   {c:input_tokens} AS input_tokens, {c:input_cached_tokens} AS input_cached_tokens,
                   {c:input_cache_write_tokens} AS input_cache_write_tokens,
                   {c:input_uncached_tokens} AS input_uncached_tokens,
                   {c:output_tokens} AS output_tokens, {c:num_model_requests} AS num_model_requests,
                   {c:project_name} AS project_name, {c:api_key_name} AS api_key_name,
                   {c:user_email} AS user_email, {c:input_audio_tokens} AS input_audio_tokens,
                   {c:output_audio_tokens} AS output_audio_tokens
            FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"',
                          escape = '"', {rejects})))
