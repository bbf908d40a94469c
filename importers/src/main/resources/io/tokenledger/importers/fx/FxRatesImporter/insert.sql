-- Rates by month and pair; one already in the workspace is replaced by the newer table's.
INSERT OR REPLACE INTO fx_rates (import_id, period, from_currency, to_currency, rate)
SELECT ?, period, from_currency, to_currency, rate
FROM tl_provider_stage
ORDER BY source_line
