SELECT coalesce(max(run_id), 0) FROM allocation_runs
