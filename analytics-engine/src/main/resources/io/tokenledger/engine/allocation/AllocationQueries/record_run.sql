INSERT INTO allocation_runs (run_id, finished_at, last_import_id, pools, billed_total,
                             allocated_total, unallocated_total, duration_ms, imports_seen, scope)
VALUES ((SELECT coalesce(max(run_id), 0) + 1 FROM allocation_runs), ?, ?, ?, ?, ?, ?, ?,
        (SELECT count(*) FROM import_log), ?)
