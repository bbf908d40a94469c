-- Every allocated amount of the month and the month before, labelled and converted to the
-- reporting currency through the FX table of its month. Missing labels say why they are missing
-- (unallocated, a shared cost not split by this dimension, or simply unmapped), so the groups still
-- add up to the whole. {group} and {sub} are column names from the ShowbackGrouping catalog.
-- Every figure of the pack, and its Detail sheet, reads this one view (through showback_rows,
-- which is the view itself for a preview and a table made from it once for an export).
CREATE OR REPLACE TEMP VIEW showback_rows_view AS
WITH labelled AS (
    SELECT a.*,
           CASE WHEN a.method = 'unallocated' THEN '(unallocated)'
                WHEN a.method IN ('even', 'proportional', 'fixed') THEN '(shared)'
                ELSE '(unmapped)' END AS missing_label
    FROM allocations a, showback_scope s
    WHERE a.day >= s.previous_start AND a.day < s.period_end
),
converted AS (
    SELECT l.day, l.provider,
           coalesce(l.model, '(none)') AS model,
           coalesce(l.token_bucket, '(none)') AS token_bucket,
           coalesce(l.service_tier, '(none)') AS service_tier,
           coalesce(l.client, CASE WHEN l.method = 'unallocated' THEN '(unallocated)'
                                   ELSE '(unmapped)' END) AS client,
           coalesce(l.feature, l.missing_label) AS feature,
           coalesce(l.team, l.missing_label) AS team,
           coalesce(l.env, l.missing_label) AS env,
           l.method, l.tokens, l.currency,
           l.billed AS billed_native,
           CASE WHEN l.currency = s.currency THEN CAST(1 AS DECIMAL(18, 12))
                ELSE CAST(r.rate AS DECIMAL(18, 12)) END AS fx_rate,
           l.billed AS b, l.effective AS e,
           l.pool_id, l.usage_import_id, l.usage_source_line, l.trace_id, l.reason,
           l.day >= s.period_start AS is_current
    FROM labelled l
    CROSS JOIN showback_scope s
    LEFT JOIN fx_rates r
      ON r.period = date_trunc('month', l.day) AND r.from_currency = l.currency
     AND r.to_currency = s.currency
)
SELECT c.* EXCLUDE (b, e),
       c.{group} AS grp,
       c.{sub} AS sub,
       CASE WHEN c.fx_rate = 1 THEN c.b ELSE CAST(c.b * c.fx_rate AS DECIMAL(38, 10)) END AS billed,
       CASE WHEN c.fx_rate = 1 THEN c.e ELSE CAST(c.e * c.fx_rate AS DECIMAL(38, 10)) END AS effective,
       -- a usage event as one number (import ids and line numbers stay far below 2^31 and 2^32)
       CAST(c.usage_import_id AS BIGINT) * 4294967296 + c.usage_source_line AS request_key
FROM converted c
WHERE NOT EXISTS (SELECT 1 FROM showback_audiences)
   OR c.{group} IN (SELECT name FROM showback_audiences)
