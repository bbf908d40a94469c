-- A CSV export as one JSON document per row, every value as text; the row's line number is its
-- source_line (corrected by CsvRejects.renumber when rows were rejected). The table name and the
-- reject options are chosen in code.
CREATE OR REPLACE TEMP TABLE {table} AS
SELECT row_number() OVER () + 1 AS source_line, to_json(t) AS doc
FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
              {rejects}) t
