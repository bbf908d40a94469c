-- The rows one import skipped (kept when the user imported the valid rows of a file), in line
-- order. Parameters: 1 the import id, 2 the most rows to return.
SELECT line, column_name, reason
FROM import_rejects
WHERE import_id = ?
ORDER BY line, column_name
LIMIT ?
