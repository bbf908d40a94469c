-- As capture_usage, for cost lines.
UPDATE cost_lines
SET imported_client = client, imported_feature = feature, imported_team = team, imported_env = env,
    dims_captured = true
WHERE NOT coalesce(dims_captured, false)
  AND (CAST(? AS INTEGER) IS NULL OR import_id = CAST(? AS INTEGER))
