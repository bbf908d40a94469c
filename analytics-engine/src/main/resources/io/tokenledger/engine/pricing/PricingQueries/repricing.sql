-- What the last pricing (tl_priced_events) changes on the usage events it covers, before it is
-- applied: events that were unpriced and now have a cost, events whose cost changes, and events
-- that stay unpriced.
SELECT count(*) AS events,
       count(*) FILTER (WHERE u.cost IS NULL AND p.cost IS NOT NULL) AS newly_priced,
       count(*) FILTER (WHERE u.cost IS NOT NULL AND p.cost IS NOT NULL
                          AND u.cost <> CAST(p.cost AS DECIMAL(38,10))) AS cost_changed,
       count(*) FILTER (WHERE p.cost IS NULL) AS unpriced
FROM tl_priced_events p
JOIN usage_events u ON u.rowid = p.event_row
