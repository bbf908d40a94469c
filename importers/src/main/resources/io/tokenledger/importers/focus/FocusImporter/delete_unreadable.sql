-- With "skip bad rows": drops the rows that were diagnosed and reported.
DELETE FROM cost_lines WHERE import_id = ? AND source_line < 0
