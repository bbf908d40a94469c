-- The template for a sheet shape; when two were saved for one shape, the latest wins.
SELECT name, CAST(header AS VARCHAR), CAST(mapping AS VARCHAR), updated_at
FROM {table}
WHERE header_signature = ?
ORDER BY updated_at DESC, name
LIMIT 1
