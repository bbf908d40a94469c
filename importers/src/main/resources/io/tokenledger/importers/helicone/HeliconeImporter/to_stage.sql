-- Helicone request exports (the UI's CSV, the request API's JSON, rows of its ClickHouse table)
-- into the trace stage, one usage event per request. prompt_tokens leaves out the cache read and
-- write tokens, which have their own fields (DOMAIN.md 1.2, per Helicone's cost code [unverified]).
-- Cost: costUSD is dollars; "cost" is dollars in the UI and API exports but USD x 1e9 in ClickHouse
-- rows (recognised by their ClickHouse-only columns). Custom properties (Helicone-Property-*) and
-- session headers become attributes; a session id is the trace.
INSERT INTO trace_stage BY NAME
WITH rows AS (
    SELECT source_line, doc,
           coalesce(tl_json(json_extract(doc, '$.request_properties')),
                    tl_json(json_extract(doc, '$.properties'))) AS props,
           (json_extract(doc, '$.cache_reference_id') IS NOT NULL
               OR json_extract(doc, '$.proxy_key_id') IS NOT NULL
               OR (json_extract(doc, '$.properties') IS NOT NULL
                   AND json_extract(doc, '$.request_properties') IS NULL
                   AND json_extract(doc, '$.response_status') IS NULL)) AS clickhouse_row
    FROM helicone_docs
),
parts AS (
    SELECT *,
           json_extract_string(doc, '$.prompt_tokens') AS raw_input,
           json_extract_string(doc, '$.completion_tokens') AS raw_output,
           json_extract_string(doc, '$.prompt_cache_read_tokens') AS raw_cache_read,
           json_extract_string(doc, '$.prompt_cache_write_tokens') AS raw_cache_write,
           coalesce(json_extract_string(doc, '$.costUSD'), json_extract_string(doc, '$.cost_usd'),
                    json_extract_string(doc, '$.cost')) AS raw_cost,
           json_extract_string(doc, '$.costUSD') IS NULL AND json_extract_string(doc, '$.cost_usd') IS NULL
               AND clickhouse_row AS cost_in_nano_dollars,
           json_extract_string(doc, '$.request_created_at') AS raw_start,
           coalesce(json_extract_string(doc, '$.response_status'), json_extract_string(doc, '$.status')) AS http_status,
           (SELECT coalesce(json_group_object(regexp_replace(key, '^helicone-property-', '', 'i'), value), '{}')
            FROM json_each(CASE WHEN json_type(props) = 'OBJECT' THEN props ELSE '{}' END)) AS properties
    FROM rows
)
SELECT source_line,
       coalesce(nullif(json_extract_string(doc, '$.request_id'), ''),
                nullif(json_extract_string(doc, '$.response_id'), '')) AS span_id,
       coalesce(json_extract_string(properties, '$."Helicone-Session-Id"'),
                json_extract_string(properties, '$."helicone-session-id"')) AS trace_id,
       true AS invocation,
       tl_time(raw_start) AS start_time,
       tl_time(json_extract_string(doc, '$.response_created_at')) AS end_time,
       CASE WHEN http_status IS NULL THEN NULL
            WHEN TRY_CAST(http_status AS INTEGER) BETWEEN 200 AND 299 THEN 'ok'
            ELSE 'error' END AS status,
       json_extract_string(doc, '$.provider') AS provider,
       coalesce(nullif(json_extract_string(doc, '$.response_model'), ''),
                nullif(json_extract_string(doc, '$.request_model'), ''),
                nullif(json_extract_string(doc, '$.model'), '')) AS model_raw,
       tl_count(raw_input) AS in_uncached,
       coalesce(tl_count(raw_cache_read), 0) AS in_cache_read,
       coalesce(tl_count(raw_cache_write), 0) AS in_cache_write_5m,
       tl_count(raw_output) AS out_text,
       0 AS out_reasoning,
       CAST(round(TRY_CAST(coalesce(json_extract_string(doc, '$.latency'),
                                    json_extract_string(doc, '$.delay_ms')) AS DOUBLE)) AS BIGINT) AS latency_ms,
       CASE WHEN nullif(json_extract_string(doc, '$.cache_reference_id'), '') IS NULL THEN NULL
            ELSE json_extract_string(doc, '$.cache_reference_id') <> '00000000-0000-0000-0000-000000000000' END AS cache_hit,
       CASE WHEN cost_in_nano_dollars THEN CAST(TRY_CAST(raw_cost AS DECIMAL(38,0)) / 1000000000 AS DECIMAL(38,10))
            ELSE tl_money(raw_cost) END AS source_cost,
       'USD' AS source_currency,
       coalesce(nullif(json_extract_string(doc, '$.request_user_id'), ''),
                nullif(json_extract_string(doc, '$.user_id'), ''),
                nullif(json_extract_string(doc, '$.helicone_user'), '')) AS user_id,
       json_merge_patch('{}', properties,
           json_object('helicone.http_status', http_status,
                       'helicone.cost_raw', raw_cost,
                       'helicone.cost_unit', CASE WHEN raw_cost IS NULL THEN NULL
                                                  WHEN cost_in_nano_dollars THEN 'usd_1e-9' ELSE 'usd' END,
                       'helicone.request_path', json_extract_string(doc, '$.request_path'),
                       'helicone.country_code', json_extract_string(doc, '$.country_code'))) AS attributes,
       CASE WHEN tl_time(raw_start) IS NULL THEN 'request_created_at is missing or not a timestamp: ' || coalesce(raw_start, '(missing)')
            WHEN tl_not_a_count(raw_input) THEN 'prompt_tokens is not a number: ' || raw_input
            WHEN tl_not_a_count(raw_output) THEN 'completion_tokens is not a number: ' || raw_output
            WHEN raw_cost IS NOT NULL AND TRY_CAST(raw_cost AS DECIMAL(38,10)) IS NULL THEN 'cost is not a number: ' || raw_cost
       END AS problem,
       CASE WHEN tl_time(raw_start) IS NULL THEN 'request_created_at'
            WHEN tl_not_a_count(raw_input) THEN 'prompt_tokens'
            WHEN tl_not_a_count(raw_output) THEN 'completion_tokens'
            ELSE 'cost' END AS problem_column
FROM parts
