-- Every top-level JSON value of the file (one document, an array of them, or one per line) as a
-- JSON document; a page {data: [...]} counts as its items. The table name is chosen in code.
CREATE OR REPLACE TEMP TABLE {table} AS
WITH docs AS (
    SELECT ordinality AS doc_line, json AS doc
    FROM read_json_objects(?, format = 'auto', maximum_object_size = 1073741824) WITH ORDINALITY
),
items AS (
    SELECT doc_line, 0 AS page_pos, doc FROM docs
    WHERE json_type(json_extract(doc, '$.data')) IS DISTINCT FROM 'ARRAY'
    UNION ALL
    SELECT doc_line, unnest(range(1, len(list) + 1)) AS page_pos, unnest(list) AS doc
    FROM (SELECT doc_line, json_extract(doc, '$.data[*]') AS list FROM docs
          WHERE json_type(json_extract(doc, '$.data')) = 'ARRAY')
)
SELECT row_number() OVER (ORDER BY doc_line, page_pos) AS source_line, doc FROM items
