-- One set-based insert from a JSON array bound as the one parameter; fixed_shares arrives as the
-- JSON text to store, unchanged.
INSERT INTO allocation_methods (pool_key, method, dimension, basis, fixed_shares, note)
SELECT r.pool_key, r.method, r.dimension, r.basis, CAST(r.fixed_shares AS JSON), r.note
FROM (SELECT unnest(from_json(?::JSON, '[{"pool_key": "VARCHAR", "method": "VARCHAR",
        "dimension": "VARCHAR", "basis": "VARCHAR", "fixed_shares": "VARCHAR",
        "note": "VARCHAR"}]')) AS r)
