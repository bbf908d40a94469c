INSERT INTO allocation_runs
VALUES ((SELECT coalesce(max(run_id), 0) + 1 FROM allocation_runs), ?, ?, ?, ?, ?, ?, ?)
