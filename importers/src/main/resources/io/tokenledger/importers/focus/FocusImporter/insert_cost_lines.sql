-- One pass over the file: DuckDB's reader, typing in SQL, straight into cost_lines.
-- From the inside out: the reader's columns named by position; each FOCUS column typed, with the raw
-- text of typed ones kept (generated from the column catalog; file columns are referred to by
-- position, never by name); the model identity keys of SkuPriceDetails read once per row; the meter
-- and the token count of a token line computed once; the outer SELECT derives the rest. The
-- reader's file list is a bound parameter.
-- A row that cannot be read gets source_line -1 and is diagnosed afterwards (see diagnose.sql);
-- every other row gets 0 until number_lines.sql numbers them.
INSERT INTO cost_lines ({targets})
SELECT {values}
FROM (SELECT *, {tokens} AS tl_tokens
      FROM (SELECT *, {meter} AS tl_meter, {details} AS d
            FROM (SELECT {typed} FROM {reader}) AS typed) AS details) AS src
