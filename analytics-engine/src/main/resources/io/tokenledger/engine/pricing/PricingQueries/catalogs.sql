SELECT source, file_name, content_sha256, effective_from, imported_at, models, prices
FROM price_catalogs
ORDER BY imported_at, source
