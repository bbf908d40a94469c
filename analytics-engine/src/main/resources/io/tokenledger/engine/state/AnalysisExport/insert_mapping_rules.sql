-- One set-based insert from a JSON array bound as the one parameter.
INSERT INTO mapping_rules (rule_id, priority, source_key, match_kind, match_value, target,
                           target_value, enabled, note)
SELECT r.rule_id, r.priority, r.source_key, r.match_kind, r.match_value, r.target, r.target_value,
       r.enabled, r.note
FROM (SELECT unnest(from_json(?::JSON, '[{"rule_id": "INTEGER", "priority": "INTEGER",
        "source_key": "VARCHAR", "match_kind": "VARCHAR", "match_value": "VARCHAR",
        "target": "VARCHAR", "target_value": "VARCHAR", "enabled": "BOOLEAN",
        "note": "VARCHAR"}]')) AS r)
