-- Merged runs into the trace stage. Usage comes from outputs.usage_metadata (LangChain's
-- UsageMetadata), else the exported run's prompt/completion counts, else LangChain's
-- llm_output.token_usage or a raw OpenAI usage object. input_tokens includes its
-- input_token_details and output_tokens its output_token_details (DOMAIN.md 1.2): the parts are
-- taken out so the buckets are disjoint. The model is the response's snapshot when there is one
-- (outputs.model), else the alias the caller asked for (ls_model_name).
INSERT INTO trace_stage BY NAME
WITH runs AS (
    SELECT row_number() OVER (ORDER BY first_seq) AS source_line, run,
           json_extract(run, '$.outputs.usage_metadata') AS um,
           json_extract(run, '$.outputs.llm_output.token_usage') AS tu,
           json_extract(run, '$.outputs.usage') AS ou,
           json_extract(run, '$.extra.metadata') AS md
    FROM langsmith_runs
),
raw AS (
    SELECT *,
           coalesce(json_extract_string(um, '$.input_tokens'), json_extract_string(run, '$.prompt_tokens'),
                    json_extract_string(tu, '$.prompt_tokens'), json_extract_string(ou, '$.prompt_tokens'),
                    json_extract_string(ou, '$.input_tokens')) AS raw_input,
           coalesce(json_extract_string(um, '$.output_tokens'), json_extract_string(run, '$.completion_tokens'),
                    json_extract_string(tu, '$.completion_tokens'), json_extract_string(ou, '$.completion_tokens'),
                    json_extract_string(ou, '$.output_tokens')) AS raw_output,
           coalesce(json_extract_string(um, '$.input_token_details.cache_read'),
                    json_extract_string(run, '$.prompt_token_details.cache_read'),
                    json_extract_string(tu, '$.prompt_tokens_details.cached_tokens'),
                    json_extract_string(ou, '$.prompt_tokens_details.cached_tokens'),
                    json_extract_string(ou, '$.input_tokens_details.cached_tokens')) AS raw_cache_read,
           coalesce(json_extract_string(um, '$.input_token_details.cache_read_over_200k'),
                    json_extract_string(run, '$.prompt_token_details.cache_read_over_200k')) AS raw_cache_read_200k,
           coalesce(json_extract_string(um, '$.input_token_details.cache_creation'),
                    json_extract_string(run, '$.prompt_token_details.cache_creation')) AS raw_cache_write,
           coalesce(json_extract_string(um, '$.input_token_details.ephemeral_5m_input_tokens'),
                    json_extract_string(run, '$.prompt_token_details.ephemeral_5m_input_tokens')) AS raw_cache_write_5m,
           coalesce(json_extract_string(um, '$.input_token_details.ephemeral_1h_input_tokens'),
                    json_extract_string(run, '$.prompt_token_details.ephemeral_1h_input_tokens')) AS raw_cache_write_1h,
           coalesce(json_extract_string(um, '$.output_token_details.reasoning'),
                    json_extract_string(run, '$.completion_token_details.reasoning'),
                    json_extract_string(tu, '$.completion_tokens_details.reasoning_tokens'),
                    json_extract_string(ou, '$.completion_tokens_details.reasoning_tokens'),
                    json_extract_string(ou, '$.output_tokens_details.reasoning_tokens')) AS raw_reasoning,
           coalesce(json_extract_string(run, '$.total_cost'),
                    CAST(tl_money(json_extract_string(run, '$.prompt_cost'))
                         + tl_money(json_extract_string(run, '$.completion_cost')) AS VARCHAR)) AS raw_cost,
           coalesce(json_extract_string(run, '$.outputs.model'),
                    json_extract_string(run, '$.outputs.llm_output.model_name'),
                    json_extract_string(md, '$.ls_model_name'),
                    json_extract_string(run, '$.extra.invocation_params.model'),
                    json_extract_string(run, '$.extra.invocation_params.model_name'),
                    json_extract_string(run, '$.inputs.model')) AS model_raw
    FROM runs
),
counted AS (
    SELECT *,
           tl_count(raw_input) AS i, tl_count(raw_output) AS o,
           coalesce(tl_count(raw_cache_read), 0) + coalesce(tl_count(raw_cache_read_200k), 0) AS cr,
           coalesce(tl_count(raw_cache_write_1h), 0) AS w1,
           greatest(coalesce(tl_count(raw_cache_write), 0),
                    coalesce(tl_count(raw_cache_write_5m), 0) + coalesce(tl_count(raw_cache_write_1h), 0)) AS w,
           coalesce(tl_count(raw_reasoning), 0) AS r
    FROM raw
),
tagged AS (
    SELECT *,
           CASE WHEN json_type(json_extract(run, '$.tags')) = 'ARRAY' THEN json_extract(run, '$.tags') END AS tags
    FROM counted
)
SELECT source_line,
       json_extract_string(run, '$.id') AS span_id,
       coalesce(json_extract_string(run, '$.trace_id'),
                regexp_extract(json_extract_string(run, '$.dotted_order'), '^[0-9TZ]+([0-9a-f-]{36})', 1),
                CASE WHEN json_extract_string(run, '$.parent_run_id') IS NULL THEN json_extract_string(run, '$.id') END)
           AS trace_id,
       json_extract_string(run, '$.parent_run_id') AS parent_id,
       json_extract_string(run, '$.name') AS name,
       json_extract_string(run, '$.run_type') AS kind,
       tl_time(json_extract_string(run, '$.start_time')) AS start_time,
       tl_time(json_extract_string(run, '$.end_time')) AS end_time,
       CASE WHEN json_extract_string(run, '$.error') IS NOT NULL OR lower(json_extract_string(run, '$.status')) = 'error'
            THEN 'error'
            WHEN json_extract_string(run, '$.end_time') IS NOT NULL THEN 'ok' END AS status,
       lower(json_extract_string(run, '$.run_type')) IN ('llm', 'embedding')
           AND (model_raw IS NOT NULL OR coalesce(raw_input, raw_output) IS NOT NULL) AS invocation,
       json_extract_string(md, '$.ls_provider') AS provider,
       model_raw,
       tl_tier(coalesce(json_extract_string(run, '$.outputs.service_tier'),
                        json_extract_string(md, '$.ls_service_tier'),
                        json_extract_string(run, '$.extra.invocation_params.service_tier'))) AS service_tier,
       lower(json_extract_string(run, '$.run_type')) AS operation,
       tl_minus(i, cr + w) AS in_uncached,
       cr AS in_cache_read,
       w - w1 AS in_cache_write_5m,
       w1 AS in_cache_write_1h,
       tl_minus(o, r) AS out_text,
       r AS out_reasoning,
       tl_money(raw_cost) AS source_cost,
       'USD' AS source_currency,
       coalesce(json_extract_string(md, '$.user_id'), json_extract_string(md, '$.user')) AS user_id,
       coalesce(json_extract_string(run, '$.session_name'), json_extract_string(run, '$.session_id'),
                json_extract_string(run, '$.project_name')) AS project,
       json_merge_patch('{}',
           CASE WHEN json_type(md) = 'OBJECT' THEN md ELSE '{}' END,
           json_object('tags', tags,
                       'langsmith.run_type', json_extract_string(run, '$.run_type'),
                       'langsmith.name', json_extract_string(run, '$.name'),
                       'langsmith.session', coalesce(json_extract_string(run, '$.session_name'),
                                                     json_extract_string(run, '$.session_id')),
                       'langsmith.dotted_order', json_extract_string(run, '$.dotted_order'))) AS attributes,
       CASE WHEN json_extract_string(run, '$.id') IS NULL THEN 'the run has no id'
            WHEN tl_not_a_count(raw_input) THEN 'input tokens are not a number: ' || raw_input
            WHEN tl_not_a_count(raw_output) THEN 'output tokens are not a number: ' || raw_output
            WHEN raw_cost IS NOT NULL AND tl_money(raw_cost) IS NULL THEN 'total_cost is not a number: ' || raw_cost
       END AS problem,
       CASE WHEN json_extract_string(run, '$.id') IS NULL THEN 'id'
            WHEN raw_cost IS NOT NULL AND tl_money(raw_cost) IS NULL THEN 'total_cost'
            ELSE 'usage_metadata' END AS problem_column
FROM tagged
