-- A plain INSERT of the file as text into an existing table t (for the non-empty-table penalty).
INSERT INTO t SELECT * FROM read_csv(?FILE, all_varchar=true)
