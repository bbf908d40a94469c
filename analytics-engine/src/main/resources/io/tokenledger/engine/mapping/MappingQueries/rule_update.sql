UPDATE mapping_rules
SET priority = ?, source_key = ?, match_kind = ?, match_value = ?, target = ?, target_value = ?,
    enabled = ?, note = ?
WHERE rule_id = ?
