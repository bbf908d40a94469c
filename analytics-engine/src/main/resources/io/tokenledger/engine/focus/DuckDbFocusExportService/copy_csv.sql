-- The workspace's cost lines as a FOCUS CSV, in import order. The column list is generated from the
-- FOCUS column catalog; the target file is a quoted literal (COPY takes no parameters).
COPY (SELECT {columns}
      FROM {source}
      ORDER BY import_id, source_line, tl_part)
TO {out} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"')
