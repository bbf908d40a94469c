-- One set-based insert from a JSON array bound as the one parameter; each spec has been read by
-- LeverSpec before it gets here, so the Scenarios page reads every stored lever back.
INSERT INTO scenario_levers (scenario, position, kind, spec)
SELECT r.scenario, r.position, r.kind, r.spec
FROM (SELECT unnest(from_json(?::JSON, '[{"scenario": "VARCHAR", "position": "INTEGER",
        "kind": "VARCHAR", "spec": "VARCHAR"}]')) AS r)
