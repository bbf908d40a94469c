-- The shape every trace importer writes its spans into before TraceStage files them as trace_spans
-- and usage_events. Token buckets are already disjoint here (DOMAIN.md 1.2): each importer
-- subtracts what its source counts inside its totals. problem/problem_column reject the span.
CREATE OR REPLACE TEMP TABLE trace_stage (
    source_line        BIGINT,             -- set from the row order when the reader cannot
    span_id            VARCHAR,
    trace_id           VARCHAR,
    parent_id          VARCHAR,
    name               VARCHAR,
    kind               VARCHAR,
    start_time         TIMESTAMPTZ,
    end_time           TIMESTAMPTZ,
    status             VARCHAR,
    invocation         BOOLEAN NOT NULL DEFAULT false,
    provider           VARCHAR,
    model_raw          VARCHAR,
    service_tier       VARCHAR,
    operation          VARCHAR,
    in_uncached        BIGINT,
    in_cache_read      BIGINT,
    in_cache_write_5m  BIGINT,
    in_cache_write_1h  BIGINT,
    out_text           BIGINT,
    out_reasoning      BIGINT,
    latency_ms         BIGINT,
    cache_hit          BOOLEAN,
    source_cost        DECIMAL(38,10),
    source_currency    VARCHAR,
    client             VARCHAR,
    feature            VARCHAR,
    team               VARCHAR,
    env                VARCHAR,
    user_id            VARCHAR,
    api_key            VARCHAR,
    project            VARCHAR,
    attributes         JSON,
    problem            VARCHAR,
    problem_column     VARCHAR
);

-- A token count written as a number or a string, "12" or "12.0"; NULL when absent or not a number.
-- Integers go through BIGINT, the rest through DOUBLE (exact for any count): DuckDB's string to
-- DECIMAL cast is many times slower and counts need no decimals.
CREATE OR REPLACE TEMP MACRO tl_count(x) AS
    coalesce(TRY_CAST(trim(CAST(x AS VARCHAR)) AS BIGINT),
             TRY_CAST(TRY_CAST(trim(CAST(x AS VARCHAR)) AS DOUBLE) AS BIGINT));

-- True when a value is present but is not a number: the span is rejected rather than read as 0.
CREATE OR REPLACE TEMP MACRO tl_not_a_count(x) AS
    nullif(trim(CAST(x AS VARCHAR)), '') IS NOT NULL AND tl_count(x) IS NULL;

-- Money written as a number or a string, read as DECIMAL through its text (never through double).
CREATE OR REPLACE TEMP MACRO tl_money(x) AS
    TRY_CAST(nullif(trim(CAST(x AS VARCHAR)), '') AS DECIMAL(38,10));

-- The canonical service tier (DOMAIN.md 1.3): 'default' and 'auto' are the standard tier.
CREATE OR REPLACE TEMP MACRO tl_tier(x) AS
    CASE lower(trim(CAST(x AS VARCHAR)))
        WHEN 'default' THEN 'standard'
        WHEN 'auto' THEN 'standard'
        WHEN 'standard' THEN 'standard'
        WHEN 'on_demand' THEN 'standard'
        WHEN 'batch' THEN 'batch'
        WHEN 'flex' THEN 'flex'
        WHEN 'flex_discount' THEN 'flex'
        WHEN 'priority' THEN 'priority'
        WHEN 'priority_on_demand' THEN 'priority'
        WHEN '' THEN NULL
        ELSE lower(trim(CAST(x AS VARCHAR)))
    END;

-- The normalised vendor that served the call, from the source's provider spelling or, failing
-- that, from the model name; 'unknown' rather than a guess beyond that.
CREATE OR REPLACE TEMP MACRO tl_provider(p, model) AS
    CASE
        WHEN nullif(trim(p), '') IS NOT NULL THEN
            CASE
                WHEN lower(p) LIKE 'azure%' THEN 'azure'
                WHEN lower(p) LIKE 'aws%' OR lower(p) LIKE 'bedrock%' THEN 'aws'
                WHEN lower(p) IN ('gcp.vertex_ai', 'vertex_ai', 'vertex', 'vertexai', 'gcp.vertex')
                     OR lower(p) LIKE 'vertex_ai%' THEN 'gcp'
                WHEN lower(p) IN ('gcp.gemini', 'gemini', 'google', 'google_genai', 'gcp.gen_ai', 'google.generativeai')
                     THEN 'google'
                WHEN lower(p) LIKE 'openai%' THEN 'openai'
                WHEN lower(p) LIKE 'anthropic%' THEN 'anthropic'
                WHEN lower(p) LIKE 'mistral%' THEN 'mistral'
                ELSE lower(trim(p))
            END
        WHEN lower(model) SIMILAR TO '(openai/)?(gpt-|o1|o3|o4|chatgpt-|text-embedding-|davinci|babbage|whisper|tts-|dall-e).*' THEN 'openai'
        WHEN lower(model) SIMILAR TO '(anthropic/)?claude.*' THEN 'anthropic'
        WHEN lower(model) SIMILAR TO '(gemini/|google/)?gemini.*' THEN 'google'
        ELSE 'unknown'
    END;

-- Parts taken out of an inclusive total: what remains, or the total itself when the parts are
-- larger (then the source counted them apart, DOMAIN.md 1.2 "cache_read > input").
CREATE OR REPLACE TEMP MACRO tl_minus(total, parts) AS
    CASE WHEN total IS NULL THEN NULL
         WHEN coalesce(parts, 0) <= total THEN total - coalesce(parts, 0)
         ELSE total END
;

-- A timestamp text: with a zone (Z, +00:00) as written, without one read as UTC (LiteLLM writes
-- naive UTC), whatever DuckDB's session time zone is. NULL when it is not a timestamp.
CREATE OR REPLACE TEMP MACRO tl_time(x) AS
    CASE WHEN nullif(trim(CAST(x AS VARCHAR)), '') IS NULL THEN NULL
         WHEN regexp_matches(trim(CAST(x AS VARCHAR)), '(Z|z|[+-]\d\d(:?\d\d)?)$')
             THEN TRY_CAST(trim(CAST(x AS VARCHAR)) AS TIMESTAMPTZ)
         ELSE timezone('UTC', TRY_CAST(trim(CAST(x AS VARCHAR)) AS TIMESTAMP)) END;

-- Unix nanoseconds (a string or a number, never a double) as a UTC instant.
CREATE OR REPLACE TEMP MACRO tl_nanos(x) AS
    timezone('UTC', make_timestamp(TRY_CAST(nullif(trim(CAST(x AS VARCHAR)), '') AS BIGINT) // 1000))
;

-- Milliseconds between two instants, rounded from microseconds.
CREATE OR REPLACE TEMP MACRO tl_latency_ms(s, e) AS
    CAST(round((epoch_us(e) - epoch_us(s)) / 1000.0) AS BIGINT)
;

-- A JSON value that may arrive as JSON text inside a string (metadata, CSV cells) as JSON.
CREATE OR REPLACE TEMP MACRO tl_json(x) AS
    CASE WHEN x IS NULL OR json_type(x) = 'NULL' THEN NULL
         WHEN json_type(x) = 'VARCHAR' AND json_valid(json_extract_string(x, '$')) THEN json(json_extract_string(x, '$'))
         WHEN json_type(x) = 'VARCHAR' THEN NULL
         ELSE x END
;

-- Keys that hold message content rather than metadata (prompts, completions, tool payloads): they
-- are not copied into attributes, which are for mapping and must not carry customer text.
CREATE OR REPLACE TEMP MACRO tl_content_key(k) AS
    regexp_matches(k, '^((metadata\.)?(input|output)|input\.value|output\.value|llm\.(input|output)_messages(\..*)?|llm\.prompts(\..*)?|llm\.prompt_template\.variables|gen_ai\.(prompt|completion)(\..*)?|gen_ai\.(input|output)\.messages|gen_ai\.system_instructions|ai\.prompt(\..*)?|ai\.response\.(text|object|toolCalls))$')
;

-- The same test on every key of a span at once (keys joined by U+001F), so that spans without
-- content pay one regex, not one per key.
CREATE OR REPLACE TEMP MACRO tl_has_content_key(keys) AS
    regexp_matches(chr(31) || array_to_string(keys, chr(31)) || chr(31),
                   '\x1f((metadata\.)?(input|output)|input\.value|output\.value|llm\.(input|output)_messages(\.[^\x1f]*)?|llm\.prompts(\.[^\x1f]*)?|llm\.prompt_template\.variables|gen_ai\.(prompt|completion)(\.[^\x1f]*)?|gen_ai\.(input|output)\.messages|gen_ai\.system_instructions|ai\.prompt(\.[^\x1f]*)?|ai\.response\.(text|object|toolCalls))\x1f');

-- An attribute's value by key from parallel key/value lists: the first one listed.
CREATE OR REPLACE TEMP MACRO tl_attr(keys, vals, k) AS vals[list_position(keys, k)];

-- Parallel key/value lists as a JSON object, written directly (keys and values quoted by to_json):
-- a key listed twice stays twice, and JSON lookups find its first value, as tl_attr does.
CREATE OR REPLACE TEMP MACRO tl_attributes_json(keys, vals) AS
    CAST('{' || array_to_string(
             list_transform(range(1, len(coalesce(keys, [])) + 1),
                            i -> CAST(to_json(coalesce(keys[i], '')) AS VARCHAR) || ':'
                                 || coalesce(CAST(to_json(vals[i]) AS VARCHAR), 'null')),
             ',') || '}' AS JSON)
