SELECT max(effective_from) FROM price_catalogs WHERE source = ?
