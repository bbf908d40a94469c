-- Every top-level JSON value of the file as a document: a batch-ingest payload {post:[...],
-- patch:[...]}, a page {runs:[...]}, or one run (JSON array or one per line).
CREATE OR REPLACE TEMP TABLE langsmith_docs AS
SELECT ordinality AS doc_line, json AS doc
FROM read_json_objects(?, format = 'auto', maximum_object_size = 1073741824) WITH ORDINALITY
