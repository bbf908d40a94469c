-- Chooses the usage events this run counts. Per provider and UTC day, only the most complete kind
-- of source present counts: the company's request ledger (source kind 'ledger', every request),
-- else request-level traces ('trace', usually a subset), else the provider's aggregated usage
-- export (any other kind). Traces of several formats often record the same calls (a gateway's
-- spend log and OTel spans), so on a trace-based provider-day one format counts per model: the one
-- with the most tokens (then the most events, then the format id). Ledger, traces and usage exports
-- of the same requests are thus never counted twice by the allocation or the Explore pivot. Only
-- the rows whose flag changes are written: rewriting every event's flag on every run cost more
-- than choosing it. Only the days of the run's months are looked at (in_scope, a macro the run
-- defines).
UPDATE usage_events
SET in_basis = b.in_basis
FROM (
    WITH kinds AS (
        SELECT u.import_id, u.source_line, u.provider, CAST(u.event_time AS DATE) AS day,
               coalesce(u.model, lower(trim(u.model_raw))) AS model, l.format,
               u.in_uncached + u.in_cache_read + u.in_cache_write_5m + u.in_cache_write_1h
                   + u.out_text + u.out_reasoning AS tokens,
               CASE l.source_kind WHEN 'ledger' THEN 1 WHEN 'trace' THEN 2 ELSE 3 END AS rank
        FROM usage_events u
        JOIN import_log l USING (import_id)
        WHERE in_scope(u.event_time)
    ),
    best_kind AS (
        SELECT provider, day, min(rank) AS rank FROM kinds GROUP BY provider, day
    ),
    trace_formats AS (
        SELECT provider, day, model, format, sum(tokens) AS tokens, count(*) AS events
        FROM kinds
        WHERE rank = 2
        GROUP BY provider, day, model, format
    ),
    best_trace AS (
        SELECT provider, day, model, first(format ORDER BY tokens DESC, events DESC, format) AS format
        FROM trace_formats
        GROUP BY provider, day, model
    )
    SELECT k.import_id, k.source_line,
           k.rank = bk.rank AND (k.rank <> 2 OR k.format = bt.format) AS in_basis
    FROM kinds k
    JOIN best_kind bk ON bk.provider = k.provider AND bk.day = k.day
    LEFT JOIN best_trace bt ON bt.provider = k.provider AND bt.day = k.day AND bt.model = k.model
) AS b
WHERE usage_events.import_id = b.import_id AND usage_events.source_line = b.source_line
  AND usage_events.in_basis IS DISTINCT FROM b.in_basis
