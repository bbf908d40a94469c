-- The allocated rows of the month with their lineage, in the Detail sheet's column order.
SELECT day, provider, model, token_bucket, service_tier, client, feature, team, env, method,
       tokens, currency, billed_native, fx_rate, billed, effective, pool_id, usage_import_id,
       usage_source_line, trace_id, reason
FROM showback_rows
WHERE is_current
ORDER BY day, grp, provider, model, token_bucket
