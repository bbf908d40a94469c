INSERT INTO import_log (import_id, file_name, file_path, file_size, content_sha256, format,
                        format_version, imported_at, rows_imported, rows_rejected, target_table,
                        warnings, source_kind)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::JSON, ?)
