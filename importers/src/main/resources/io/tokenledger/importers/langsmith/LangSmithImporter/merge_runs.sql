-- One row per run id: the ingest API sends a run's start in "post" and its end, outputs and usage
-- in "patch" (possibly in later payloads), so the pieces are merged in file order, later pieces
-- over earlier ones (JSON merge patch). seq orders the pieces: document, then post before patch.
CREATE OR REPLACE TEMP TABLE langsmith_runs AS
WITH pieces AS (
    SELECT source_line, 0 AS part, unnest(range(1, len(list) + 1)) AS pos, unnest(list) AS run
    FROM (SELECT source_line, json_extract(doc, '$.post[*]') AS list FROM langsmith_docs
          WHERE json_type(json_extract(doc, '$.post')) = 'ARRAY')
    UNION ALL
    SELECT source_line, 1, unnest(range(1, len(list) + 1)), unnest(list)
    FROM (SELECT source_line, json_extract(doc, '$.patch[*]') AS list FROM langsmith_docs
          WHERE json_type(json_extract(doc, '$.patch')) = 'ARRAY')
    UNION ALL
    SELECT source_line, 0, unnest(range(1, len(list) + 1)), unnest(list)
    FROM (SELECT source_line, json_extract(doc, '$.runs[*]') AS list FROM langsmith_docs
          WHERE json_type(json_extract(doc, '$.runs')) = 'ARRAY')
    UNION ALL
    SELECT source_line, 0, 1, doc FROM langsmith_docs
    WHERE json_type(json_extract(doc, '$.post')) IS DISTINCT FROM 'ARRAY'
      AND json_type(json_extract(doc, '$.patch')) IS DISTINCT FROM 'ARRAY'
      AND json_type(json_extract(doc, '$.runs')) IS DISTINCT FROM 'ARRAY'
),
ordered AS (
    SELECT row_number() OVER (ORDER BY source_line, part, pos) AS seq, run,
           coalesce(json_extract_string(run, '$.id'), 'piece-' || source_line || '-' || part || '-' || pos) AS run_key
    FROM pieces
)
SELECT min(seq) AS first_seq,
       list_reduce(list(run ORDER BY seq), (a, b) -> json_merge_patch(a, b)) AS run
FROM ordered
GROUP BY run_key
