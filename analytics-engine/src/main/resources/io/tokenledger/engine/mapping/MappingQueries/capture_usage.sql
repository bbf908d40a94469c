-- Before rules first touch a row, the dimensions its importer brought are set aside: a row no rule
-- matches keeps them, whatever rules came and went. The parameter (twice) limits it to one import.
UPDATE usage_events
SET imported_client = client, imported_feature = feature, imported_team = team, imported_env = env,
    dims_captured = true
WHERE NOT coalesce(dims_captured, false)
  AND (CAST(? AS INTEGER) IS NULL OR import_id = CAST(? AS INTEGER))
