SELECT max(run_id) FROM allocation_runs
