-- Requests and tokens of basis events in [?, ?) that have no price.
SELECT coalesce(sum(u.requests), 0),
       coalesce(sum(u.in_uncached + u.in_cache_read + u.in_cache_write_5m + u.in_cache_write_1h
                    + u.out_text + u.out_reasoning), 0)
FROM usage_events u
JOIN tl_priced_events p ON p.event_row = u.rowid
WHERE coalesce(u.in_basis, true)
  AND u.event_time >= ? AND u.event_time < ?
  AND p.cost IS NULL
  AND NOT coalesce(u.cache_hit, false)
