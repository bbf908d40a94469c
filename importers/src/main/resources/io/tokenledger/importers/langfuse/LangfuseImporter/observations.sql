-- Observations (and the traces they belong to) out of the documents, in the shapes Langfuse writes:
-- {trace:{..., observations:[...]}, observations:[...]} (GET trace + observations), a trace object
-- with observations, {data:[...]} pages of traces or observations, or bare observations (the UI's
-- observation export, JSONL/JSON/CSV). An observation listed twice (under the trace and at top
-- level) is kept once, by id.
-- TraceDocuments has already unwrapped {data:[...]} pages into their items.
CREATE OR REPLACE TEMP TABLE langfuse_units AS
SELECT source_line AS doc_line, 0 AS page_pos, doc FROM langfuse_docs;

CREATE OR REPLACE TEMP TABLE langfuse_traces AS
SELECT doc_line, page_pos, coalesce(json_extract(doc, '$."trace"'), doc) AS trace,
       -- beside a {trace:{...}} only the document's own observations are needed, not a second copy
       CASE WHEN json_type(json_extract(doc, '$."trace"')) = 'OBJECT' THEN json_extract(doc, '$."observations"') END AS top_observations
FROM langfuse_units
WHERE json_type(json_extract(doc, '$."trace"')) = 'OBJECT'
   OR (json_type(json_extract(doc, '$."observations"')) = 'ARRAY' AND json_extract_string(doc, '$."traceId"') IS NULL);

CREATE OR REPLACE TEMP TABLE langfuse_observations AS
-- Each observation carries only the four trace fields to_stage.sql reads off it, never the whole
-- trace: the trace holds its observations, so copying it onto each of them grows with the square of
-- the trace's size (a 3,200-observation runaway trace needed 18.8 GiB).
WITH listed AS (
    SELECT t.doc_line, t.page_pos,
           json_object('id', json_extract(t.trace, '$."id"'), 'userId', json_extract(t.trace, '$."userId"'),
                       'projectId', json_extract(t.trace, '$."projectId"'),
                       'environment', json_extract(t.trace, '$."environment"')) AS trace,
           coalesce(json_extract(t.trace, '$.observations[*]'), [])
             || coalesce(json_extract(t.top_observations, '$[*]'), []) AS list
    FROM langfuse_traces t
),
nested AS (
    SELECT doc_line, page_pos, unnest(range(1, len(list) + 1)) AS pos, trace, unnest(list) AS obs
    FROM listed
),
bare AS (
    SELECT doc_line, page_pos, 1 AS pos, NULL::JSON AS trace, doc AS obs
    FROM langfuse_units
    WHERE json_extract_string(doc, '$."traceId"') IS NOT NULL AND json_type(json_extract(doc, '$."observations"')) IS DISTINCT FROM 'ARRAY'
      AND json_type(json_extract(doc, '$."trace"')) IS DISTINCT FROM 'OBJECT'
),
everything AS (
    SELECT * FROM nested UNION ALL SELECT * FROM bare
)
SELECT doc_line, page_pos, pos, trace, obs
FROM everything
QUALIFY row_number() OVER (PARTITION BY coalesce(json_extract_string(obs, '$."id"'), doc_line || ':' || page_pos || ':' || pos)
                           ORDER BY doc_line, page_pos, pos) = 1
