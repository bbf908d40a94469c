INSERT INTO mapping_rules (rule_id, priority, source_key, match_kind, match_value, target,
                           target_value, enabled, note)
VALUES (nextval('mapping_rule_id_seq'), coalesce(?, (SELECT coalesce(max(priority), 0) + 10 FROM mapping_rules)),
        ?, ?, ?, ?, ?, ?, ?)
RETURNING rule_id, priority
