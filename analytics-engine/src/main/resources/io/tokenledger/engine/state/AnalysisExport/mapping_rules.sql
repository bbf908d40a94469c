SELECT rule_id, priority, source_key, match_kind, match_value, target, target_value, enabled, note
FROM mapping_rules
ORDER BY priority, rule_id
