-- The allocated charges of the last allocation run (FOCUS 1.3 data generator-calculated split cost
-- allocation): every cost line of a pool the run spread is split into one part per recipient
-- (client, feature, team, env) in the proportion the run gave that recipient of the pool. Summable
-- metrics ({metrics}, generated from a fixed list) are apportioned so that each line's parts add up
-- to the line to its last digit: each part gets its proportional share, then what rounding left over
-- (a few units of the column's last digit, of either sign) goes one unit at a time to the largest
-- parts, as allocation's own distribute.sql does. Lines imported with an AllocatedMethodId already
-- are allocated charges of another data generator and are not split again. Pools left whole in the
-- Unallocated bucket are not split either: their lines are not related to a split.
CREATE OR REPLACE TEMP TABLE tl_export_parts AS
WITH recipients AS (
    SELECT a.pool_id, a.method, a.client, a.feature, a.team, a.env,
           sum(a.billed) AS billed, sum(a.effective) AS effective, sum(a.tokens) AS tokens,
           count(*) AS allocations
    FROM allocations a
    WHERE a.method <> 'unallocated'
    GROUP BY ALL
),
weighted AS (
    -- A recipient's weight is its part of the pool's billed cost (of the effective cost when
    -- nothing was billed, of the allocation rows when neither was).
    SELECT r.*,
           greatest(CASE WHEN p.billed <> 0 THEN CAST(r.billed AS DOUBLE) / CAST(p.billed AS DOUBLE)
                         WHEN p.effective <> 0 THEN CAST(r.effective AS DOUBLE) / CAST(p.effective AS DOUBLE)
                         ELSE CAST(r.allocations AS DOUBLE) END, 0) AS weight,
           m.basis
    FROM recipients r
    JOIN allocation_pools p USING (pool_id)
    LEFT JOIN allocation_methods m ON m.pool_key = p.pool_key AND p.kind = 'shared'
),
ratios AS (
    SELECT *, weight / sum(weight) OVER (PARTITION BY pool_id) AS ratio
    FROM weighted
    WHERE weight > 0
),
shares AS (
    SELECT c.import_id, c.source_line, c.Tags, r.*,
           row_number() OVER (PARTITION BY c.import_id, c.source_line
                              ORDER BY r.ratio DESC, r.client, r.feature, r.team, r.env) AS part,
           count(*) OVER (PARTITION BY c.import_id, c.source_line) AS parts,
           {shares}
    FROM allocation_pool_lines l
    JOIN cost_lines c USING (import_id, source_line)
    JOIN ratios r USING (pool_id)
    WHERE c.AllocatedMethodId IS NULL
),
leftovers AS (
    SELECT *, {leftovers}
    FROM shares
)
SELECT import_id, source_line, part,
       {parts},
       CASE method WHEN 'tokens' THEN 'TokenLedger-Tokens'
                   WHEN 'even' THEN 'TokenLedger-Even'
                   WHEN 'fixed' THEN 'TokenLedger-Fixed'
                   WHEN 'proportional' THEN 'TokenLedger-Proportional-'
                        || CASE basis WHEN 'tokens' THEN 'Tokens' WHEN 'requests' THEN 'Requests'
                                      ELSE 'AllocatedCost' END
                   ELSE 'TokenLedger-' || method END AS AllocatedMethodId,
       CAST(CASE WHEN method = 'tokens'
                 THEN json_object('Elements', json_array(json_object(
                          'AllocatedRatio', CAST(round(ratio, 10) AS DECIMAL(11, 10)),
                          'UsageUnit', 'Tokens', 'UsageQuantity', tokens)))
                 ELSE json_object('Elements', json_array(json_object(
                          'AllocatedRatio', CAST(round(ratio, 10) AS DECIMAL(11, 10)))))
            END AS JSON) AS AllocatedMethodDetails,
       coalesce(nullif(concat_ws(';', 'client=' || client, 'feature=' || feature, 'team=' || team,
                                 'env=' || env), ''), 'unmapped') AS AllocatedResourceId,
       coalesce(nullif(concat_ws(' / ', client, feature, team, env), ''), 'Unmapped usage')
           AS AllocatedResourceName,
       -- TokenLedger's dimensions under its own tag prefix, minus any already in the line's Tags.
       CAST(nullif(CAST(to_json(map_from_entries(list_filter(
                [{'k': 'tokenledger/client', 'v': client}, {'k': 'tokenledger/feature', 'v': feature},
                 {'k': 'tokenledger/team', 'v': team}, {'k': 'tokenledger/env', 'v': env}],
                lambda e: e.v IS NOT NULL
                          AND json_extract_string(Tags, '$."' || e.k || '"') IS DISTINCT FROM e.v))) AS VARCHAR),
                '{}') AS JSON) AS AllocatedTags
FROM leftovers
