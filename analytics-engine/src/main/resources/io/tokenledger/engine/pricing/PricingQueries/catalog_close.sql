-- A newer catalog of the same source ends the validity of the rows it replaces.
UPDATE price_book SET effective_to = ?
WHERE source = ? AND effective_from < ? AND (effective_to IS NULL OR effective_to > ?)
