-- After read_csv skipped a malformed line: the rows after it move down one line.
UPDATE cost_lines SET source_line = source_line + 1 WHERE import_id = ? AND source_line >= ?
