-- LiteLLM_SpendLogs rows (the proxy's /spend/logs JSON or a CSV dump of the table) into the trace
-- stage, one usage event per request. prompt_tokens is OpenAI-style and includes cached and
-- cache-write tokens, even for Anthropic; the split sits in metadata.additional_usage_values
-- (DOMAIN.md 1.2). metadata, request_tags and the caller's spend_logs_metadata become attributes.
-- startTime/endTime are UTC, written without a zone.
INSERT INTO trace_stage BY NAME
WITH rows AS (
    SELECT source_line, doc,
           tl_json(json_extract(doc, '$.metadata')) AS md,
           tl_json(json_extract(doc, '$.request_tags')) AS request_tags
    FROM litellm_docs
),
parts AS (
    SELECT *,
           json_extract(md, '$.additional_usage_values') AS auv,
           tl_json(json_extract(md, '$.spend_logs_metadata')) AS caller,
           json_extract_string(doc, '$.prompt_tokens') AS raw_input,
           json_extract_string(doc, '$.completion_tokens') AS raw_output,
           json_extract_string(doc, '$.spend') AS raw_spend,
           json_extract_string(doc, '$.startTime') AS raw_start
    FROM rows
),
counted AS (
    SELECT *,
           tl_count(raw_input) AS i, tl_count(raw_output) AS o,
           coalesce(tl_count(coalesce(json_extract_string(auv, '$.prompt_tokens_details.cached_tokens'),
                                      json_extract_string(auv, '$.cache_read_input_tokens'),
                                      json_extract_string(md, '$.usage_object.prompt_tokens_details.cached_tokens'))), 0) AS cr,
           coalesce(tl_count(coalesce(json_extract_string(auv, '$.cache_creation_input_tokens'),
                                      json_extract_string(md, '$.usage_object.cache_creation_input_tokens'))), 0) AS w,
           coalesce(tl_count(coalesce(json_extract_string(auv, '$.completion_tokens_details.reasoning_tokens'),
                                      json_extract_string(md, '$.usage_object.completion_tokens_details.reasoning_tokens'))), 0) AS r
    FROM parts
)
SELECT source_line,
       nullif(json_extract_string(doc, '$.request_id'), '') AS span_id,
       coalesce(json_extract_string(md, '$.trace_id'), json_extract_string(caller, '$.trace_id')) AS trace_id,
       true AS invocation,
       tl_time(raw_start) AS start_time,
       tl_time(json_extract_string(doc, '$.endTime')) AS end_time,
       CASE lower(json_extract_string(doc, '$.status'))
           WHEN 'success' THEN 'ok' WHEN 'failure' THEN 'error'
           ELSE lower(json_extract_string(doc, '$.status')) END AS status,
       json_extract_string(doc, '$.custom_llm_provider') AS provider,
       coalesce(nullif(json_extract_string(doc, '$.model'), ''), json_extract_string(doc, '$.model_group')) AS model_raw,
       tl_tier(coalesce(json_extract_string(md, '$.service_tier'),
                        json_extract_string(md, '$.usage_object.service_tier'))) AS service_tier,
       json_extract_string(doc, '$.call_type') AS operation,
       tl_minus(i, cr + w) AS in_uncached,
       cr AS in_cache_read,
       w AS in_cache_write_5m,
       tl_minus(o, r) AS out_text,
       r AS out_reasoning,
       CASE lower(json_extract_string(doc, '$.cache_hit')) WHEN 'true' THEN true WHEN 'false' THEN false END AS cache_hit,
       tl_money(raw_spend) AS source_cost,
       'USD' AS source_currency,
       coalesce(json_extract_string(md, '$.user_api_key_team_alias'), nullif(json_extract_string(doc, '$.team_id'), '')) AS team,
       coalesce(nullif(json_extract_string(doc, '$.end_user'), ''), nullif(json_extract_string(doc, '$.user'), '')) AS user_id,
       nullif(json_extract_string(doc, '$.api_key'), '') AS api_key,
       json_merge_patch('{}',
           (SELECT coalesce(json_group_object(key, value), '{}')
            FROM json_each(CASE WHEN json_type(md) = 'OBJECT' THEN md ELSE '{}' END)
            WHERE key NOT IN ('additional_usage_values', 'usage_object', 'spend_logs_metadata', 'headers',
                              'proxy_server_request', 'messages', 'response', 'hidden_params')),
           CASE WHEN json_type(caller) = 'OBJECT' THEN caller ELSE '{}' END,
           json_object('tags', CASE WHEN json_type(request_tags) = 'ARRAY' THEN request_tags END,
                       'team_id', nullif(json_extract_string(doc, '$.team_id'), ''),
                       'organization_id', nullif(json_extract_string(doc, '$.organization_id'), ''),
                       'end_user', nullif(json_extract_string(doc, '$.end_user'), ''),
                       'user', nullif(json_extract_string(doc, '$.user'), ''),
                       'model_group', nullif(json_extract_string(doc, '$.model_group'), ''),
                       'api_base', nullif(json_extract_string(doc, '$.api_base'), ''),
                       'session_id', nullif(json_extract_string(doc, '$.session_id'), ''),
                       'call_type', nullif(json_extract_string(doc, '$.call_type'), ''))) AS attributes,
       CASE WHEN tl_time(raw_start) IS NULL THEN 'startTime is missing or not a timestamp: ' || coalesce(raw_start, '(missing)')
            WHEN tl_not_a_count(raw_input) THEN 'prompt_tokens is not a number: ' || raw_input
            WHEN tl_not_a_count(raw_output) THEN 'completion_tokens is not a number: ' || raw_output
            WHEN raw_spend IS NOT NULL AND tl_money(raw_spend) IS NULL THEN 'spend is not a number: ' || raw_spend
       END AS problem,
       CASE WHEN tl_time(raw_start) IS NULL THEN 'startTime'
            WHEN tl_not_a_count(raw_input) THEN 'prompt_tokens'
            WHEN tl_not_a_count(raw_output) THEN 'completion_tokens'
            ELSE 'spend' END AS problem_column
FROM counted
