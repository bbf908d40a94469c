-- One set-based insert from a JSON array bound as the one parameter; the baseline arrives as the
-- first day of its month, as the Scenarios page stores it.
INSERT INTO scenarios (name, baseline_month, description, saved_at)
SELECT r.name, r.baseline_month, r.description, now()
FROM (SELECT unnest(from_json(?::JSON, '[{"name": "VARCHAR", "baseline_month": "DATE",
        "description": "VARCHAR"}]')) AS r)
