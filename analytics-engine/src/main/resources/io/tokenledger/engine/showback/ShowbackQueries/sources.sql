-- The files behind the workspace, from the import log.
SELECT import_id, file_name, format, coalesce(source_kind, 'other') AS source_kind,
       rows_imported, rows_rejected, content_sha256, imported_at
FROM import_log
ORDER BY import_id
