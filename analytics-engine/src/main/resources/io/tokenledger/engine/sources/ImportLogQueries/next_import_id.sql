-- The next id, taken inside the import's transaction: a rejected or cancelled import uses none up,
-- so the log reads 1, 2, 3 (the V001 sequence import_id_seq is no longer used).
SELECT coalesce(max(import_id), 0) + 1 FROM import_log
