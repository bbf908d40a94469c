-- The summary is current when it was built by the latest allocation run and no import came after
-- that run (the same test as the allocation's staleness), and no import was removed since.
SELECT EXISTS (
    SELECT 1
    FROM pivot_summary_state s
    JOIN (SELECT run_id, last_import_id FROM allocation_runs ORDER BY run_id DESC LIMIT 1) r
      USING (run_id)
    WHERE r.last_import_id IS NOT DISTINCT FROM (SELECT max(import_id) FROM import_log)
      AND s.usage_rows = (SELECT count(*) FROM usage_events)
)
