SELECT pool_key, method, dimension, basis, fixed_shares::VARCHAR, note
FROM allocation_methods
ORDER BY pool_key
