-- Chooses the usage events this run counts: every request-level event (source kind 'trace'), and
-- the provider's aggregated usage export only on the provider-days that have no request-level
-- event, so that the same requests are never counted twice. Only the rows whose flag changes are
-- written: rewriting the flag of every event on every run cost more than choosing it.
UPDATE usage_events
SET in_basis = b.in_basis
FROM (
    WITH kinds AS (
        SELECT u.import_id, u.source_line, u.provider, CAST(u.event_time AS DATE) AS day,
               l.source_kind = 'trace' AS request_level
        FROM usage_events u
        JOIN import_log l USING (import_id)
    ),
    covered AS (
        SELECT DISTINCT provider, day FROM kinds WHERE request_level
    )
    SELECT k.import_id, k.source_line,
           k.request_level OR c.provider IS NULL AS in_basis
    FROM kinds k
    LEFT JOIN covered c ON c.provider = k.provider AND c.day = k.day
) AS b
WHERE usage_events.import_id = b.import_id AND usage_events.source_line = b.source_line
  AND usage_events.in_basis IS DISTINCT FROM b.in_basis
