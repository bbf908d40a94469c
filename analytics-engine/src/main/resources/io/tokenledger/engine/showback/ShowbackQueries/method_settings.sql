-- The user's split settings for shared cost pools.
SELECT pool_key, method, dimension, basis, CAST(fixed_shares AS VARCHAR) AS fixed_shares, note
FROM allocation_methods
ORDER BY pool_key
