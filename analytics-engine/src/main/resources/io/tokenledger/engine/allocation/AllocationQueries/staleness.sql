-- Stale when nothing was ever allocated, an import came after the last run, an import it saw was
-- removed, or mapping rules or split methods changed since (they empty the pivot summary).
SELECT NOT coalesce((
    SELECT r.last_import_id IS NOT DISTINCT FROM (SELECT max(import_id) FROM import_log)
           AND r.imports_seen IS NOT DISTINCT FROM
               (SELECT count(*) FROM import_log WHERE import_id <= coalesce(r.last_import_id, -1))
           AND EXISTS (SELECT 1 FROM pivot_summary_state s WHERE s.run_id = r.run_id)
    FROM allocation_runs r
    ORDER BY r.run_id DESC
    LIMIT 1), FALSE)
