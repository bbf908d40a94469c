-- Rows of the same source that would start on or after the new catalog's date are replaced by it.
DELETE FROM price_book WHERE source = ? AND effective_from >= ?
