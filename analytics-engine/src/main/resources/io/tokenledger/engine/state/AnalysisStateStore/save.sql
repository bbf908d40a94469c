INSERT OR REPLACE INTO analysis_state (name, schema_version, document, saved_at)
VALUES (?, ?, ?::JSON, now())
