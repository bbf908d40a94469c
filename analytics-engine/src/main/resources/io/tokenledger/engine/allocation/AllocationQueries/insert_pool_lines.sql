INSERT INTO allocation_pool_lines SELECT pool_id, import_id, source_line FROM line_pools
