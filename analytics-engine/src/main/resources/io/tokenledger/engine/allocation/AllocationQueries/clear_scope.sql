-- Drops the allocation of the run's months only (in_scope, a macro the run defines): the pools
-- whose period starts in them, their lineage and their allocated rows. in_reach_day (the months
-- those pools reach) is implied for their rows and lets the delete skip row groups by day.
DROP TABLE IF EXISTS temp.line_pools;
DROP TABLE IF EXISTS temp.alloc_weights;
DELETE FROM allocations
WHERE in_reach_day(day)
  AND pool_id IN (SELECT pool_id FROM allocation_pools WHERE in_scope(period_start));
DELETE FROM allocation_pool_lines
WHERE pool_id IN (SELECT pool_id FROM allocation_pools WHERE in_scope(period_start));
DELETE FROM allocation_pools WHERE in_scope(period_start);
