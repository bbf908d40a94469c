-- A rate typed in replaces the month's rate for the pair; it has no import behind it.
INSERT OR REPLACE INTO fx_rates (period, from_currency, to_currency, rate, import_id)
VALUES (?, ?, ?, ?, NULL)
