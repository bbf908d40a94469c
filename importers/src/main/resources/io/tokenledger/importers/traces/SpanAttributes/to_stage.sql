-- Spans whose attributes are an OpenTelemetry-style map (OTLP, OpenInference/Phoenix) into the
-- trace stage. {spans} is a fixed temp table name chosen in code with the columns source_line,
-- trace_id, span_id, parent_id, name, kind, start_time, end_time, status, attrs MAP(VARCHAR, VARCHAR).
-- Reads the GenAI semantic conventions in their current and deprecated spellings, OpenInference's
-- llm.* attributes and the Vercel AI SDK's ai.* attributes. Totals include their parts unless the
-- parts are larger (DOMAIN.md 1.2), so the parts are subtracted with tl_minus.
INSERT INTO trace_stage BY NAME
WITH raw AS (
    SELECT source_line, trace_id, span_id, parent_id, name, kind, start_time, end_time, status, attrs,
           coalesce(attrs['gen_ai.response.model'], attrs['gen_ai.request.model'],
                    attrs['llm.model_name'], attrs['ai.response.model'], attrs['ai.model.id']) AS model_raw,
           coalesce(attrs['gen_ai.provider.name'], attrs['gen_ai.system'], attrs['llm.provider'],
                    attrs['llm.system'], attrs['ai.model.provider']) AS provider,
           coalesce(attrs['gen_ai.operation.name'], lower(attrs['openinference.span.kind']),
                    attrs['ai.operationId']) AS operation,
           coalesce(attrs['gen_ai.usage.input_tokens'], attrs['gen_ai.usage.prompt_tokens'],
                    attrs['llm.token_count.prompt'], attrs['ai.usage.inputTokens'],
                    attrs['ai.usage.promptTokens']) AS raw_input,
           coalesce(attrs['gen_ai.usage.output_tokens'], attrs['gen_ai.usage.completion_tokens'],
                    attrs['llm.token_count.completion'], attrs['ai.usage.outputTokens'],
                    attrs['ai.usage.completionTokens']) AS raw_output,
           coalesce(attrs['gen_ai.usage.cache_read.input_tokens'],
                    attrs['gen_ai.usage.cache_read_input_tokens'],
                    attrs['llm.token_count.prompt_details.cache_read'],
                    attrs['ai.usage.cachedInputTokens']) AS raw_cache_read,
           coalesce(attrs['gen_ai.usage.cache_creation.input_tokens'],
                    attrs['gen_ai.usage.cache_creation_input_tokens'],
                    attrs['llm.token_count.prompt_details.cache_write']) AS raw_cache_write,
           coalesce(attrs['gen_ai.usage.reasoning.output_tokens'],
                    attrs['gen_ai.usage.reasoning_tokens'],
                    attrs['llm.token_count.completion_details.reasoning'],
                    attrs['ai.usage.reasoningTokens']) AS raw_reasoning,
           coalesce(attrs['openai.response.service_tier'], attrs['gen_ai.openai.response.service_tier'],
                    attrs['openai.request.service_tier'], attrs['gen_ai.openai.request.service_tier'],
                    attrs['gen_ai.request.service_tier']) AS raw_tier,
           coalesce(attrs['gen_ai.usage.cost'], attrs['gen_ai.usage.cost_usd'], attrs['llm.cost.total']) AS raw_cost,
           attrs['llm.cost.prompt'] AS raw_cost_prompt,
           attrs['llm.cost.completion'] AS raw_cost_completion
    FROM {spans}
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
       coalesce(attrs['openinference.span.kind'], kind) AS kind,
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
       coalesce(attrs['deployment.environment.name'], attrs['deployment.environment']) AS env,
       coalesce(attrs['user.id'], attrs['enduser.id'], attrs['gen_ai.user.id']) AS user_id,
       to_json(attrs) AS attributes,
       CASE WHEN tl_not_a_count(raw_input) THEN 'input tokens are not a number: ' || raw_input
            WHEN tl_not_a_count(raw_output) THEN 'output tokens are not a number: ' || raw_output
            WHEN tl_not_a_count(raw_cache_read) THEN 'cache read tokens are not a number: ' || raw_cache_read
            WHEN tl_not_a_count(raw_cache_write) THEN 'cache write tokens are not a number: ' || raw_cache_write
            WHEN tl_not_a_count(raw_reasoning) THEN 'reasoning tokens are not a number: ' || raw_reasoning
            WHEN raw_cost IS NOT NULL AND tl_money(raw_cost) IS NULL THEN 'cost is not a number: ' || raw_cost
       END AS problem,
       CASE WHEN tl_not_a_count(raw_input) OR tl_not_a_count(raw_output) OR tl_not_a_count(raw_cache_read)
                 OR tl_not_a_count(raw_cache_write) OR tl_not_a_count(raw_reasoning)
                 OR (raw_cost IS NOT NULL AND tl_money(raw_cost) IS NULL)
            THEN 'attributes' END AS problem_column
FROM counted
