-- The whole workspace's totals for the run record, from the month grain of the pivot summary the
-- run has just brought up to date (its sums equal the allocation's to the last digit, in a few
-- thousand rows instead of millions).
SELECT (SELECT count(*) FROM allocation_pools),
       coalesce(sum(billed), 0),
       coalesce(sum(allocated), 0),
       coalesce(sum(unallocated), 0),
       (SELECT max(import_id) FROM import_log)
FROM pivot_facts
WHERE grain = 'month' AND kind = 'cost'
