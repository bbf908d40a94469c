DROP TABLE IF EXISTS temp.line_pools;
DROP TABLE IF EXISTS temp.alloc_weights;
DELETE FROM allocations;
DELETE FROM allocation_pool_lines;
DELETE FROM allocation_pools;
