-- Stale when nothing was ever allocated or an import came after the last run.
SELECT coalesce((SELECT last_import_id FROM allocation_runs ORDER BY run_id DESC LIMIT 1), -1)
       IS DISTINCT FROM coalesce((SELECT max(import_id) FROM import_log), -1)
       OR NOT EXISTS (SELECT 1 FROM allocation_runs)
