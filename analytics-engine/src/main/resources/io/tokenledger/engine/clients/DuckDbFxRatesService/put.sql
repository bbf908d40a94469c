-- A rate typed in replaces the month's rate for the pair.
INSERT OR REPLACE INTO fx_rates (period, from_currency, to_currency, rate)
VALUES (?, ?, ?, ?)
