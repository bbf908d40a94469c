-- The UI's CSV export: one observation per line; each row becomes a JSON document whose values are
-- text (usageDetails, costDetails and metadata hold JSON text, which the reader parses).
CREATE OR REPLACE TEMP TABLE langfuse_docs AS
SELECT row_number() OVER () + 1 AS doc_line, to_json(t) AS doc
FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
              strict_mode = false) t
