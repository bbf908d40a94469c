INSERT OR REPLACE INTO allocation_methods (pool_key, method, basis, fixed_shares)
VALUES (?, ?, ?, ?::JSON)
