-- The innermost model calls become usage events with disjoint buckets and their lineage.
INSERT INTO usage_events (import_id, source_line, event_id, trace_id, parent_id, event_time, end_time,
                          provider, model_raw, model, service_tier, operation,
                          in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h,
                          out_text, out_reasoning, requests, latency_ms, status, cache_hit,
                          source_cost, source_currency, client, feature, team, env, user_id,
                          api_key, project, attributes)
SELECT ?, s.source_line, s.span_id, s.trace_id, s.parent_id, s.start_time, s.end_time,
       tl_provider(s.provider, s.model_raw), coalesce(nullif(trim(s.model_raw), ''), '(unknown model)'),
       NULL, coalesce(s.service_tier, 'standard'), s.operation,
       coalesce(s.in_uncached, 0), coalesce(s.in_cache_read, 0), coalesce(s.in_cache_write_5m, 0),
       coalesce(s.in_cache_write_1h, 0), coalesce(s.out_text, 0), coalesce(s.out_reasoning, 0),
       1, coalesce(s.latency_ms, tl_latency_ms(s.start_time, s.end_time)),
       s.status, s.cache_hit,
       s.source_cost, CASE WHEN s.source_cost IS NULL THEN NULL ELSE coalesce(s.source_currency, 'USD') END,
       nullif(s.client, ''), nullif(s.feature, ''), nullif(s.team, ''), nullif(s.env, ''),
       nullif(s.user_id, ''), nullif(s.api_key, ''), nullif(s.project, ''), s.attributes
FROM trace_stage s
WHERE s.invocation
  AND NOT EXISTS (SELECT 1 FROM trace_wrappers w
                  WHERE w.span_id = s.span_id AND w.trace_id IS NOT DISTINCT FROM s.trace_id)
