UPDATE cost_lines
SET imported_client = client, imported_feature = feature, imported_team = team, imported_env = env,
    dims_captured = true
WHERE NOT coalesce(dims_captured, false)
