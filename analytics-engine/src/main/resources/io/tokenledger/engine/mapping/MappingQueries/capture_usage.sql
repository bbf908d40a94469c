-- Before rules first touch a row, the dimensions its importer brought are set aside: a row no rule
-- matches keeps them, whatever rules came and went.
UPDATE usage_events
SET imported_client = client, imported_feature = feature, imported_team = team, imported_env = env,
    dims_captured = true
WHERE NOT coalesce(dims_captured, false)
