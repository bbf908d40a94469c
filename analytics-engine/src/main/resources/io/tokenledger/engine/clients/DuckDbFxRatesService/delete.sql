DELETE FROM fx_rates WHERE period = ? AND from_currency = ? AND to_currency = ?
