SELECT name, CAST(header AS VARCHAR), CAST(mapping AS VARCHAR), updated_at
FROM {table}
WHERE name = ?
