-- Phoenix/OpenInference span documents into spans with key/value lists, the shape SpanAttributes
-- reads. Attributes arrive flat ("llm.token_count.prompt": 10), nested ({"llm": {"token_count":
-- {"prompt": 10}}}) or as dataframe columns ("attributes.llm.token_count.prompt"); all three become
-- the same dotted keys. Lists stay one JSON value. Message content is left out.
CREATE OR REPLACE TEMP TABLE openinference_spans AS
WITH nested AS (
    SELECT d.source_line,
           regexp_replace(substr(t.fullkey, 3), '"', '', 'g') AS key,
           CASE WHEN t.type = 'VARCHAR' THEN json_extract_string(t.value, '$') ELSE CAST(t.value AS VARCHAR) END AS value
    FROM openinference_docs d,
         json_tree(CASE WHEN json_type(json_extract(d.doc, '$.attributes')) = 'OBJECT'
                        THEN json_extract(d.doc, '$.attributes') ELSE '{}' END) t
    WHERE t.type NOT IN ('OBJECT', 'NULL') AND position('[' IN t.fullkey) = 0
),
columns AS (
    SELECT d.source_line, substr(e.key, 12) AS key,
           CASE WHEN e.type = 'VARCHAR' THEN json_extract_string(e.value, '$') ELSE CAST(e.value AS VARCHAR) END AS value
    FROM openinference_docs d, json_each(d.doc) e
    WHERE e.key LIKE 'attributes.%' AND e.type <> 'NULL' AND nullif(json_extract_string(e.value, '$'), '') IS NOT NULL
),
entries AS (
    SELECT source_line, key, first(value) AS value
    FROM (SELECT * FROM nested UNION ALL SELECT * FROM columns)
    WHERE NOT tl_content_key(key)
    GROUP BY source_line, key
),
lists AS (
    SELECT source_line, list(key ORDER BY key) AS keys, list(value ORDER BY key) AS vals
    FROM entries GROUP BY source_line
)
SELECT d.source_line,
       lower(coalesce(json_extract_string(d.doc, '$.context.trace_id'),
                      json_extract_string(d.doc, '$."context.trace_id"'),
                      json_extract_string(d.doc, '$.trace_id'))) AS trace_id,
       lower(coalesce(json_extract_string(d.doc, '$.context.span_id'),
                      json_extract_string(d.doc, '$."context.span_id"'),
                      json_extract_string(d.doc, '$.span_id'))) AS span_id,
       lower(nullif(coalesce(json_extract_string(d.doc, '$.parent_id'),
                             json_extract_string(d.doc, '$.parent_span_id')), '')) AS parent_id,
       json_extract_string(d.doc, '$.name') AS name,
       upper(json_extract_string(d.doc, '$.span_kind')) AS kind,
       tl_time(json_extract_string(d.doc, '$.start_time')) AS start_time,
       tl_time(json_extract_string(d.doc, '$.end_time')) AS end_time,
       CASE upper(json_extract_string(d.doc, '$.status_code'))
           WHEN 'OK' THEN 'ok' WHEN 'ERROR' THEN 'error' END AS status,
       coalesce(l.keys, []) AS keys,
       coalesce(l.vals, []) AS vals,
       CASE WHEN coalesce(json_extract_string(d.doc, '$.context.span_id'),
                          json_extract_string(d.doc, '$."context.span_id"'),
                          json_extract_string(d.doc, '$.span_id')) IS NULL
                THEN 'span ' || d.source_line || ' has no span id'
            WHEN tl_time(json_extract_string(d.doc, '$.start_time')) IS NULL
                THEN 'span ' || d.source_line || ': start_time is missing or not a timestamp: '
                     || coalesce(json_extract_string(d.doc, '$.start_time'), '(missing)')
       END AS problem,
       CASE WHEN coalesce(json_extract_string(d.doc, '$.context.span_id'),
                          json_extract_string(d.doc, '$."context.span_id"'),
                          json_extract_string(d.doc, '$.span_id')) IS NULL
                THEN 'context.span_id' ELSE 'start_time' END AS problem_column
FROM openinference_docs d
LEFT JOIN lists l ON l.source_line = d.source_line
