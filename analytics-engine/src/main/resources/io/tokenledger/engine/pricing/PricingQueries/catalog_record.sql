INSERT INTO price_catalogs (source, file_name, content_sha256, effective_from, imported_at, models, prices)
VALUES (?, ?, ?, ?, ?, ?, ?)
