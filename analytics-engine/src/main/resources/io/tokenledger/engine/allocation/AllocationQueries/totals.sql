SELECT (SELECT count(*) FROM allocation_pools),
       coalesce(sum(billed), 0),
       coalesce(sum(billed) FILTER (WHERE method <> 'unallocated'), 0),
       coalesce(sum(billed) FILTER (WHERE method = 'unallocated'), 0),
       (SELECT max(import_id) FROM import_log)
FROM allocations
