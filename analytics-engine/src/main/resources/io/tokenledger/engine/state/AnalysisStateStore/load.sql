SELECT schema_version, document::VARCHAR FROM analysis_state WHERE name = ?
