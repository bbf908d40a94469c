INSERT INTO usage_events (import_id, source_line, event_id, trace_id, parent_id, event_time, end_time,
                          provider, model_raw, model, service_tier, operation,
                          in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h,
                          out_text, out_reasoning, requests, latency_ms, status, cache_hit,
                          source_cost, source_currency, client, feature, team, env, user_id,
                          api_key, project)
SELECT ?, source_line, request_id, trace_id, parent_id, "timestamp", end_time,
       lower(trim(provider)), trim(model), NULL,
       coalesce(lower(nullif(trim(service_tier), '')), 'standard'), operation,
       coalesce(in_uncached, 0), coalesce(in_cache_read, 0), coalesce(in_cache_write_5m, 0),
       coalesce(in_cache_write_1h, 0), coalesce(out_text, 0), coalesce(out_reasoning, 0),
       coalesce(requests, 1), latency_ms, status, cache_hit,
       cost, CASE WHEN cost IS NULL THEN NULL ELSE upper(coalesce(nullif(trim(currency), ''), 'USD')) END,
       nullif(trim(client), ''), nullif(trim(feature), ''), nullif(trim(team), ''),
       nullif(trim(env), ''), nullif(trim("user"), ''), nullif(trim(api_key), ''),
       nullif(trim(project), '')
FROM generic_usage_stage
ORDER BY source_line
