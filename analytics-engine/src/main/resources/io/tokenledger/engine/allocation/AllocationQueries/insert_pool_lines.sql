INSERT INTO allocation_pool_lines SELECT printf('%016x', pool_hash), import_id, source_line FROM line_pools
