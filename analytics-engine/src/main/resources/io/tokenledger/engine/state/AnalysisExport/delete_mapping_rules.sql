DELETE FROM mapping_rules
