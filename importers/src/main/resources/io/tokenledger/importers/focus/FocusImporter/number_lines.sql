-- Numbers the rows just inserted in file order: the INSERT kept the reader's order, so the rows of
-- one file are consecutive row ids. source_line is the data row + 1, the file's line number when
-- no value spans lines and no line is blank. Rows marked unreadable (-1) get the negative number.
-- Parameters: the smallest row id of the new rows, twice; the import id.
UPDATE cost_lines
SET source_line = CASE WHEN source_line = 0 THEN rowid - ? + 2 ELSE -(rowid - ? + 2) END
WHERE import_id = ? AND source_line IN (0, -1)
