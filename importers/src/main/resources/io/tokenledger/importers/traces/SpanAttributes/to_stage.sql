-- Spans whose attributes are OpenTelemetry-style key/value lists (OTLP, OpenInference/Phoenix) into
-- the trace stage. The spans query (chosen in code) has the columns source_line,
-- trace_id, span_id, parent_id, name, kind, start_time, end_time, status, keys VARCHAR[],
-- vals VARCHAR[], problem, problem_column; a key listed twice counts with its first value.
-- Reads the GenAI semantic conventions in their current and deprecated spellings, OpenInference's
-- llm.* attributes and the Vercel AI SDK's ai.* attributes. Totals include their parts unless the
-- parts are larger (DOMAIN.md 1.2), so the parts are subtracted with tl_minus.
INSERT INTO trace_stage BY NAME
WITH spans AS (
    SELECT * FROM ({spans})
),
clean AS (
    -- message content (prompts, completions) never reaches the workspace
    SELECT * REPLACE (
               CASE WHEN tl_has_content_key(keys)
                    THEN list_transform(list_filter(range(1, len(keys) + 1), i -> NOT tl_content_key(keys[i])), i -> keys[i])
                    ELSE keys END AS keys,
               CASE WHEN tl_has_content_key(keys)
                    THEN list_transform(list_filter(range(1, len(keys) + 1), i -> NOT tl_content_key(keys[i])), i -> vals[i])
                    ELSE vals END AS vals)
    FROM spans
),
raw AS (
    SELECT source_line, trace_id, span_id, parent_id, name, kind, start_time, end_time,
           status, keys, vals, problem AS span_problem, problem_column AS span_problem_column,
           coalesce(tl_attr(keys, vals, 'gen_ai.response.model'), tl_attr(keys, vals, 'gen_ai.request.model'),
                    tl_attr(keys, vals, 'llm.model_name'), tl_attr(keys, vals, 'ai.response.model'), tl_attr(keys, vals, 'ai.model.id')) AS model_raw,
           coalesce(tl_attr(keys, vals, 'gen_ai.provider.name'), tl_attr(keys, vals, 'gen_ai.system'), tl_attr(keys, vals, 'llm.provider'),
                    tl_attr(keys, vals, 'llm.system'), tl_attr(keys, vals, 'ai.model.provider')) AS provider,
           coalesce(tl_attr(keys, vals, 'gen_ai.operation.name'), lower(tl_attr(keys, vals, 'openinference.span.kind')),
                    tl_attr(keys, vals, 'ai.operationId')) AS operation,
           coalesce(tl_attr(keys, vals, 'gen_ai.usage.input_tokens'), tl_attr(keys, vals, 'gen_ai.usage.prompt_tokens'),
                    tl_attr(keys, vals, 'llm.token_count.prompt'), tl_attr(keys, vals, 'ai.usage.inputTokens'),
                    tl_attr(keys, vals, 'ai.usage.promptTokens')) AS raw_input,
           coalesce(tl_attr(keys, vals, 'gen_ai.usage.output_tokens'), tl_attr(keys, vals, 'gen_ai.usage.completion_tokens'),
                    tl_attr(keys, vals, 'llm.token_count.completion'), tl_attr(keys, vals, 'ai.usage.outputTokens'),
                    tl_attr(keys, vals, 'ai.usage.completionTokens')) AS raw_output,
           coalesce(tl_attr(keys, vals, 'gen_ai.usage.cache_read.input_tokens'),
                    tl_attr(keys, vals, 'gen_ai.usage.cache_read_input_tokens'),
                    tl_attr(keys, vals, 'llm.token_count.prompt_details.cache_read'),
                    tl_attr(keys, vals, 'ai.usage.cachedInputTokens')) AS raw_cache_read,
           coalesce(tl_attr(keys, vals, 'gen_ai.usage.cache_creation.input_tokens'),
                    tl_attr(keys, vals, 'gen_ai.usage.cache_creation_input_tokens'),
                    tl_attr(keys, vals, 'llm.token_count.prompt_details.cache_write')) AS raw_cache_write,
           coalesce(tl_attr(keys, vals, 'gen_ai.usage.reasoning.output_tokens'),
                    tl_attr(keys, vals, 'gen_ai.usage.reasoning_tokens'),
                    tl_attr(keys, vals, 'llm.token_count.completion_details.reasoning'),
                    tl_attr(keys, vals, 'ai.usage.reasoningTokens')) AS raw_reasoning,
           coalesce(tl_attr(keys, vals, 'openai.response.service_tier'), tl_attr(keys, vals, 'gen_ai.openai.response.service_tier'),
                    tl_attr(keys, vals, 'openai.request.service_tier'), tl_attr(keys, vals, 'gen_ai.openai.request.service_tier'),
                    tl_attr(keys, vals, 'gen_ai.request.service_tier')) AS raw_tier,
           coalesce(tl_attr(keys, vals, 'gen_ai.usage.cost'), tl_attr(keys, vals, 'gen_ai.usage.cost_usd'), tl_attr(keys, vals, 'llm.cost.total')) AS raw_cost,
           tl_attr(keys, vals, 'llm.cost.prompt') AS raw_cost_prompt,
           tl_attr(keys, vals, 'llm.cost.completion') AS raw_cost_completion
    FROM clean
),
counted AS (
    SELECT *,
           tl_count(raw_input) AS t_input, tl_count(raw_output) AS t_output,
           coalesce(tl_count(raw_cache_read), 0) AS t_cache_read,
           coalesce(tl_count(raw_cache_write), 0) AS t_cache_write,
           coalesce(tl_count(raw_reasoning), 0) AS t_reasoning
    FROM raw
)
SELECT source_line, span_id, trace_id, parent_id, name,
       coalesce(tl_attr(keys, vals, 'openinference.span.kind'), kind) AS kind,
       start_time, end_time, status,
       model_raw IS NOT NULL
         AND (coalesce(raw_input, raw_output, raw_cache_read, raw_reasoning) IS NOT NULL
              OR lower(operation) IN ('chat', 'text_completion', 'generate_content', 'completion',
                                      'embeddings', 'llm', 'embedding')) AS invocation,
       provider, model_raw, tl_tier(raw_tier) AS service_tier, operation,
       tl_minus(t_input, t_cache_read + t_cache_write) AS in_uncached,
       t_cache_read AS in_cache_read,
       t_cache_write AS in_cache_write_5m,
       0 AS in_cache_write_1h,
       tl_minus(t_output, t_reasoning) AS out_text,
       t_reasoning AS out_reasoning,
       tl_latency_ms(start_time, end_time) AS latency_ms,
       coalesce(tl_money(raw_cost), tl_money(raw_cost_prompt) + tl_money(raw_cost_completion)) AS source_cost,
       'USD' AS source_currency,
       coalesce(tl_attr(keys, vals, 'deployment.environment.name'), tl_attr(keys, vals, 'deployment.environment')) AS env,
       coalesce(tl_attr(keys, vals, 'user.id'), tl_attr(keys, vals, 'enduser.id'), tl_attr(keys, vals, 'gen_ai.user.id')) AS user_id,
       tl_attributes_json(keys, vals) AS attributes,
       CASE WHEN span_problem IS NOT NULL THEN span_problem
            WHEN tl_not_a_count(raw_input) THEN 'input tokens are not a number: ' || raw_input
            WHEN tl_not_a_count(raw_output) THEN 'output tokens are not a number: ' || raw_output
            WHEN tl_not_a_count(raw_cache_read) THEN 'cache read tokens are not a number: ' || raw_cache_read
            WHEN tl_not_a_count(raw_cache_write) THEN 'cache write tokens are not a number: ' || raw_cache_write
            WHEN tl_not_a_count(raw_reasoning) THEN 'reasoning tokens are not a number: ' || raw_reasoning
            WHEN raw_cost IS NOT NULL AND tl_money(raw_cost) IS NULL THEN 'cost is not a number: ' || raw_cost
       END AS problem,
       CASE WHEN span_problem IS NOT NULL THEN span_problem_column
            WHEN tl_not_a_count(raw_input) OR tl_not_a_count(raw_output) OR tl_not_a_count(raw_cache_read)
                 OR tl_not_a_count(raw_cache_write) OR tl_not_a_count(raw_reasoning)
                 OR (raw_cost IS NOT NULL AND tl_money(raw_cost) IS NULL)
            THEN 'attributes' END AS problem_column
FROM counted
