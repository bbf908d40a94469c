-- The latest run and whether only new imports came since: no import it saw was removed since
-- (imports_seen; NULL for runs older than V014) and nothing else rewrote what it allocated (the
-- pivot summary still names it: mapping rules and split methods empty it).
SELECT r.last_import_id,
       r.imports_seen IS NOT DISTINCT FROM
           (SELECT count(*) FROM import_log WHERE import_id <= coalesce(r.last_import_id, -1))
       AND EXISTS (SELECT 1 FROM pivot_summary_state s WHERE s.run_id = r.run_id) AS intact
FROM allocation_runs r
ORDER BY r.run_id DESC
LIMIT 1
