-- Rates by month and pair; one already in the workspace is replaced by the newer table's. The
-- import id (the only parameter) is kept in the import log only: rates have no lineage column, so
-- that a rate typed in and a rate imported are the same kind of row.
INSERT OR REPLACE INTO fx_rates (period, from_currency, to_currency, rate)
SELECT period, from_currency, to_currency, rate
FROM tl_provider_stage
WHERE CAST(? AS INTEGER) IS NOT NULL
ORDER BY source_line
