-- The row id of the first row of the file just inserted (its rows are not numbered yet).
SELECT min(rowid), count(*), count(*) FILTER (WHERE source_line = -1)
FROM cost_lines WHERE import_id = ? AND source_line IN (0, -1)
