-- Every top-level JSON value of the file (one document, an array, or one per line) as a document.
CREATE OR REPLACE TEMP TABLE langfuse_docs AS
SELECT ordinality AS doc_line, json AS doc
FROM read_json_objects(?, format = 'auto', maximum_object_size = 1073741824) WITH ORDINALITY
