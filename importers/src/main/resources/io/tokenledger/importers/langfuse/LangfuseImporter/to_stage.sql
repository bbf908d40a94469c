-- Traces and observations into the trace stage. A trace is the root span of its observations; an
-- observation without a parent hangs under its trace. usageDetails keys come in Langfuse's own
-- spellings and OpenInference's (prompt_details.cache_read); whether input and output include
-- their cached/reasoning parts is read off "total" (DOMAIN.md 1.2): total = input + output while
-- the parts are > 0 means the totals include them. Costs go through their text into DECIMAL.
INSERT INTO trace_stage BY NAME
WITH trace_rows AS (
    SELECT doc_line, page_pos, 0 AS pos, trace,
           tl_json(json_extract(trace, '$."metadata"')) AS tm
    FROM langfuse_traces
),
trace_attributes AS (
    SELECT doc_line, page_pos, json_extract_string(trace, '$."id"') AS trace_key,
           json_merge_patch(
               tl_langfuse_meta(tm),
               json_object('langfuse.trace.id', json_extract_string(trace, '$."id"'), 'langfuse.trace.name', json_extract_string(trace, '$."name"'),
                           'langfuse.project.id', json_extract_string(trace, '$."projectId"'), 'user.id', json_extract_string(trace, '$."userId"'),
                           'session.id', json_extract_string(trace, '$."sessionId"'), 'environment', json_extract_string(trace, '$."environment"'),
                           'release', json_extract_string(trace, '$."release"'), 'version', json_extract_string(trace, '$."version"'),
                           'tags', CASE WHEN json_type(json_extract(trace, '$."tags"')) = 'ARRAY' THEN json_extract(trace, '$."tags"') END)) AS attributes
    FROM trace_rows
),
obs AS (
    SELECT o.doc_line, o.page_pos, o.pos, o.trace, o.obs,
           tl_json(json_extract(o.obs, '$."usageDetails"')) AS ud, tl_json(json_extract(o.obs, '$."costDetails"')) AS cd,
           tl_json(json_extract(o.obs, '$."modelParameters"')) AS mp, tl_json(json_extract(o.obs, '$."metadata"')) AS om
    FROM langfuse_observations o
),
usage AS (
    SELECT *,
           coalesce(json_extract_string(ud, '$."input"'), json_extract_string(ud, '$."input_tokens"'), json_extract_string(ud, '$."prompt_tokens"'), json_extract_string(ud, '$."promptTokenCount"'),
                    json_extract_string(obs, '$."promptTokens"')) AS raw_input,
           coalesce(json_extract_string(ud, '$."output"'), json_extract_string(ud, '$."output_tokens"'), json_extract_string(ud, '$."completion_tokens"'),
                    json_extract_string(ud, '$."candidatesTokenCount"'), json_extract_string(obs, '$."completionTokens"')) AS raw_output,
           json_extract_string(ud, '$."total"') AS raw_total,
           coalesce(json_extract_string(ud, '$."input_cached_tokens"'), json_extract_string(ud, '$."input_cache_read"'), json_extract_string(ud, '$."cache_read_input_tokens"'),
                    json_extract_string(ud, '$."prompt_details.cache_read"'), json_extract_string(ud, '$."cached_content_token_count"'),
                    json_extract_string(ud, '$."cachedContentTokenCount"')) AS raw_cache_read,
           coalesce(json_extract_string(ud, '$."input_cache_creation"'), json_extract_string(ud, '$."cache_creation_input_tokens"'),
                    json_extract_string(ud, '$."prompt_details.cache_write"'), json_extract_string(ud, '$."cache_write_tokens"')) AS raw_cache_write,
           coalesce(json_extract_string(ud, '$."input_cache_creation_5m"'), json_extract_string(ud, '$."ephemeral_5m_input_tokens"')) AS raw_cache_write_5m,
           coalesce(json_extract_string(ud, '$."input_cache_creation_1h"'), json_extract_string(ud, '$."ephemeral_1h_input_tokens"')) AS raw_cache_write_1h,
           coalesce(json_extract_string(ud, '$."output_reasoning_tokens"'), json_extract_string(ud, '$."output_reasoning"'), json_extract_string(ud, '$."reasoning_tokens"'),
                    json_extract_string(ud, '$."completion_details.reasoning"'), json_extract_string(ud, '$."thoughtsTokenCount"'),
                    json_extract_string(ud, '$."thoughts_token_count"')) AS raw_reasoning,
           EXISTS (SELECT 1 FROM json_each(CASE WHEN json_type(ud) = 'OBJECT' THEN ud ELSE '{}' END) e
                   WHERE e.key LIKE 'prompt\_details.%' ESCAPE '\' OR e.key LIKE 'completion\_details.%' ESCAPE '\')
               AS openinference_keys,
           coalesce(json_extract_string(cd, '$."total"'),
                    CAST(tl_money(json_extract_string(cd, '$."input"')) + tl_money(json_extract_string(cd, '$."output"')) AS VARCHAR),
                    json_extract_string(obs, '$."calculatedTotalCost"'),
                    CASE WHEN tl_money(json_extract_string(obs, '$."totalCost"')) > 0 THEN json_extract_string(obs, '$."totalCost"') END) AS raw_cost
    FROM obs
),
counted AS (
    SELECT *,
           tl_count(raw_input) AS i, tl_count(raw_output) AS o, tl_count(raw_total) AS t,
           coalesce(tl_count(raw_cache_read), 0) AS cr,
           coalesce(tl_count(raw_cache_write_1h), 0) AS w1,
           greatest(coalesce(tl_count(raw_cache_write), 0),
                    coalesce(tl_count(raw_cache_write_5m), 0) + coalesce(tl_count(raw_cache_write_1h), 0)) AS w,
           coalesce(tl_count(raw_reasoning), 0) AS r
    FROM usage
),
shaped AS (
    SELECT *,
           CASE WHEN t IS NOT NULL AND t = coalesce(i, 0) + coalesce(o, 0) + cr + w + r THEN false
                WHEN t IS NOT NULL AND t = coalesce(i, 0) + coalesce(o, 0) THEN true
                WHEN t IS NOT NULL AND t = coalesce(i, 0) + coalesce(o, 0) + r THEN true
                WHEN t IS NOT NULL AND t = coalesce(i, 0) + coalesce(o, 0) + cr + w THEN false
                ELSE openinference_keys END AS input_inclusive,
           CASE WHEN t IS NOT NULL AND t = coalesce(i, 0) + coalesce(o, 0) + cr + w + r THEN false
                WHEN t IS NOT NULL AND t = coalesce(i, 0) + coalesce(o, 0) THEN true
                WHEN t IS NOT NULL AND t = coalesce(i, 0) + coalesce(o, 0) + r THEN false
                WHEN t IS NOT NULL AND t = coalesce(i, 0) + coalesce(o, 0) + cr + w THEN true
                ELSE openinference_keys END AS output_inclusive
    FROM counted
),
observation_rows AS (
    SELECT s.doc_line, s.page_pos, s.pos,
           json_extract_string(s.obs, '$."id"') AS span_id,
           coalesce(json_extract_string(s.obs, '$."traceId"'), json_extract_string(s.trace, '$."id"')) AS trace_id,
           coalesce(nullif(json_extract_string(s.obs, '$."parentObservationId"'), ''), json_extract_string(s.obs, '$."traceId"'), json_extract_string(s.trace, '$."id"')) AS parent_id,
           json_extract_string(s.obs, '$."name"') AS name,
           json_extract_string(s.obs, '$."type"') AS kind,
           tl_time(json_extract_string(s.obs, '$."startTime"')) AS start_time,
           tl_time(json_extract_string(s.obs, '$."endTime"')) AS end_time,
           CASE WHEN upper(json_extract_string(s.obs, '$."level"')) = 'ERROR' THEN 'error' ELSE 'ok' END AS status,
           (upper(json_extract_string(s.obs, '$."type"')) IN ('GENERATION', 'EMBEDDING')
               OR (nullif(json_extract_string(s.obs, '$."model"'), '') IS NOT NULL AND coalesce(s.raw_input, s.raw_output) IS NOT NULL))
               AS invocation,
           coalesce(json_extract_string(json_extract(s.om, '$."attributes"'), '$."llm.provider"'), json_extract_string(json_extract(s.om, '$."attributes"'), '$."gen_ai.provider.name"'),
                    json_extract_string(json_extract(s.om, '$."attributes"'), '$."gen_ai.system"'), json_extract_string(json_extract(s.om, '$."attributes"'), '$."llm.system"'),
                    json_extract_string(json_extract(s.om, '$."attributes"'), '$."ai.model.provider"'), json_extract_string(s.mp, '$."system"')) AS provider,
           nullif(json_extract_string(s.obs, '$."model"'), '') AS model_raw,
           coalesce(tl_tier(json_extract_string(s.mp, '$."service_tier"')),
                    CASE WHEN lower(json_extract_string(s.obs, '$."usagePricingTierName"')) LIKE '%flex%' THEN 'flex'
                         WHEN lower(json_extract_string(s.obs, '$."usagePricingTierName"')) LIKE '%batch%' THEN 'batch'
                         WHEN lower(json_extract_string(s.obs, '$."usagePricingTierName"')) LIKE '%fast%'
                              OR lower(json_extract_string(s.obs, '$."usagePricingTierName"')) LIKE '%priority%' THEN 'priority'
                    END) AS service_tier,
           lower(json_extract_string(s.obs, '$."type"')) AS operation,
           CASE WHEN s.input_inclusive THEN tl_minus(s.i, s.cr + s.w) ELSE s.i END AS in_uncached,
           s.cr AS in_cache_read,
           s.w - s.w1 AS in_cache_write_5m,
           s.w1 AS in_cache_write_1h,
           CASE WHEN s.output_inclusive THEN tl_minus(s.o, s.r) ELSE s.o END AS out_text,
           s.r AS out_reasoning,
           CAST(round(TRY_CAST(json_extract_string(s.obs, '$."latency"') AS DECIMAL(18,6)) * 1000) AS BIGINT) AS latency_ms,
           tl_money(s.raw_cost) AS source_cost,
           'USD' AS source_currency,
           CASE WHEN lower(coalesce(json_extract_string(s.obs, '$."environment"'), json_extract_string(s.trace, '$."environment"'))) <> 'default'
                THEN coalesce(json_extract_string(s.obs, '$."environment"'), json_extract_string(s.trace, '$."environment"')) END AS env,
           coalesce(json_extract_string(s.trace, '$."userId"'), json_extract_string(s.obs, '$."userId"')) AS user_id,
           coalesce(json_extract_string(s.obs, '$."projectId"'), json_extract_string(s.trace, '$."projectId"')) AS project,
           json_merge_patch(
               coalesce(ta.attributes, json_object('langfuse.trace.id', json_extract_string(s.obs, '$."traceId"'),
                                                   'langfuse.trace.name', json_extract_string(s.obs, '$."traceName"'),
                                                   'user.id', json_extract_string(s.obs, '$."userId"'),
                                                   'tags', CASE WHEN json_type(tl_json(json_extract(s.obs, '$."traceTags"'))) = 'ARRAY'
                                                                THEN tl_json(json_extract(s.obs, '$."traceTags"')) END)),
               tl_langfuse_meta(s.om),
               json_object('langfuse.observation.type', json_extract_string(s.obs, '$."type"'),
                           'langfuse.observation.name', json_extract_string(s.obs, '$."name"'),
                           'langfuse.internal_model_id', json_extract_string(s.obs, '$."internalModelId"'),
                           'langfuse.pricing_tier', json_extract_string(s.obs, '$."usagePricingTierName"'),
                           'model_parameters', s.mp)) AS attributes,
           CASE WHEN tl_not_a_count(s.raw_input) THEN 'usageDetails.input is not a number: ' || s.raw_input
                WHEN tl_not_a_count(s.raw_output) THEN 'usageDetails.output is not a number: ' || s.raw_output
                WHEN s.raw_cost IS NOT NULL AND tl_money(s.raw_cost) IS NULL THEN 'cost is not a number: ' || s.raw_cost
                WHEN json_extract_string(s.obs, '$."id"') IS NULL THEN 'the observation has no id'
                WHEN tl_time(json_extract_string(s.obs, '$."startTime"')) IS NULL AND upper(json_extract_string(s.obs, '$."type"')) IN ('GENERATION', 'EMBEDDING')
                    THEN 'startTime is missing or not a timestamp: ' || coalesce(json_extract_string(s.obs, '$."startTime"'), '(missing)')
           END AS problem,
           CASE WHEN tl_not_a_count(s.raw_input) OR tl_not_a_count(s.raw_output) THEN 'usageDetails'
                WHEN s.raw_cost IS NOT NULL AND tl_money(s.raw_cost) IS NULL THEN 'costDetails'
                WHEN json_extract_string(s.obs, '$."id"') IS NULL THEN 'id'
                ELSE 'startTime' END AS problem_column
    FROM shaped s
    LEFT JOIN trace_attributes ta
      ON ta.doc_line = s.doc_line AND ta.page_pos = s.page_pos AND ta.trace_key = coalesce(json_extract_string(s.obs, '$."traceId"'), json_extract_string(s.trace, '$."id"'))
),
trace_span_rows AS (
    SELECT t.doc_line, t.page_pos, 0 AS pos,
           json_extract_string(t.trace, '$."id"') AS span_id, json_extract_string(t.trace, '$."id"') AS trace_id, NULL AS parent_id,
           json_extract_string(t.trace, '$."name"') AS name, 'TRACE' AS kind,
           tl_time(json_extract_string(t.trace, '$."timestamp"')) AS start_time,
           tl_time(json_extract_string(t.trace, '$."timestamp"'))
               + to_microseconds(CAST(round(coalesce(TRY_CAST(json_extract_string(t.trace, '$."latency"') AS DECIMAL(18,6)), 0) * 1000000) AS BIGINT))
               AS end_time,
           NULL AS status, false AS invocation,
           ta.attributes AS attributes,
           CASE WHEN json_extract_string(t.trace, '$."id"') IS NULL THEN 'the trace has no id' END AS problem,
           'id' AS problem_column
    FROM trace_rows t
    JOIN trace_attributes ta ON ta.doc_line = t.doc_line AND ta.page_pos = t.page_pos
),
all_rows AS (
    SELECT doc_line, page_pos, pos, span_id, trace_id, parent_id, name, kind, start_time, end_time, status,
           invocation, NULL AS provider, NULL AS model_raw, NULL AS service_tier, NULL AS operation,
           NULL::BIGINT AS in_uncached, NULL::BIGINT AS in_cache_read, NULL::BIGINT AS in_cache_write_5m,
           NULL::BIGINT AS in_cache_write_1h, NULL::BIGINT AS out_text, NULL::BIGINT AS out_reasoning,
           NULL::BIGINT AS latency_ms, NULL::DECIMAL(38,10) AS source_cost, NULL AS source_currency,
           NULL AS env, NULL AS user_id, NULL AS project, attributes, problem, problem_column
    FROM trace_span_rows
    UNION ALL BY NAME
    SELECT * FROM observation_rows
)
-- json_merge_patch onto {} drops the keys whose value is null.
SELECT row_number() OVER (ORDER BY doc_line, page_pos, pos) AS source_line,
       * EXCLUDE (doc_line, page_pos, pos, attributes),
       json_merge_patch('{}', attributes) AS attributes
FROM all_rows
