-- One pass over the file: DuckDB's reader, typing in SQL, straight into cost_lines.
-- The innermost SELECT types each FOCUS column and keeps the raw text of typed ones (generated from
-- the column catalog; file columns are referred to by position, #n, never by name); the middle one
-- reads the model identity keys of SkuPriceDetails once per row; the outer one derives provider,
-- model, token bucket and tokens. The reader's file list is a bound parameter.
-- A row that cannot be read gets source_line -1 and is diagnosed afterwards (see diagnose.sql);
-- every other row gets 0 until number_lines.sql numbers them.
INSERT INTO cost_lines ({targets})
SELECT {values}
FROM (SELECT *, {details} AS d
      FROM (SELECT {typed} FROM {reader}) AS typed) AS src
