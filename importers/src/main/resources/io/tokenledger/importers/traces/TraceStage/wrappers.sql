-- Model calls that wrap other model calls (Vercel's ai.generateText around ai.generateText.doGenerate):
-- both report usage, so only the innermost call is a usage event (DOMAIN.md 4, Langfuse traps).
-- Walks up from every call to each ancestor; an ancestor that is itself a call is a wrapper.
CREATE OR REPLACE TEMP TABLE trace_wrappers AS
WITH RECURSIVE up(trace_id, ancestor, depth) AS (
    SELECT trace_id, parent_id, 1
    FROM trace_stage
    WHERE invocation AND parent_id IS NOT NULL
    UNION
    SELECT up.trace_id, p.parent_id, up.depth + 1
    FROM up JOIN trace_stage p
      ON p.span_id = up.ancestor AND p.trace_id IS NOT DISTINCT FROM up.trace_id
    WHERE p.parent_id IS NOT NULL AND up.depth < 200
)
SELECT DISTINCT s.trace_id, s.span_id
FROM up JOIN trace_stage s
  ON s.span_id = up.ancestor AND s.trace_id IS NOT DISTINCT FROM up.trace_id
WHERE s.invocation
