-- The spans of an OTLP/JSON file (one document, or one document per line), one row each, in the
-- shape SpanAttributes reads, streamed from DuckDB's JSON reader in one pass. Attribute keys and
-- values are two parallel lists: the span's own first, then the scope name, then the resource's,
-- so that a lookup finds the span's value first. Attribute lists are read as JSON text, which the
-- reader copies without building a vector per attribute. Ids are hex, lower-cased; times are
-- nanosecond strings parsed as integers. The span's ordinal in the file becomes its source_line
-- once staged (a window function here would make the reader run on one thread). The type of
-- resourceSpans is chosen in code; the file path is the bound parameter.
SELECT CAST(NULL AS BIGINT) AS source_line,
       lower(nullif(trim(sp.traceId), '')) AS trace_id,
       lower(nullif(trim(sp.spanId), '')) AS span_id,
       lower(nullif(trim(sp.parentSpanId), '')) AS parent_id,
       sp.name AS name,
       CASE upper(CAST(sp.kind AS VARCHAR))
           WHEN '1' THEN 'INTERNAL' WHEN 'SPAN_KIND_INTERNAL' THEN 'INTERNAL'
           WHEN '2' THEN 'SERVER' WHEN 'SPAN_KIND_SERVER' THEN 'SERVER'
           WHEN '3' THEN 'CLIENT' WHEN 'SPAN_KIND_CLIENT' THEN 'CLIENT'
           WHEN '4' THEN 'PRODUCER' WHEN 'SPAN_KIND_PRODUCER' THEN 'PRODUCER'
           WHEN '5' THEN 'CONSUMER' WHEN 'SPAN_KIND_CONSUMER' THEN 'CONSUMER'
           ELSE NULL END AS kind,
       tl_nanos(sp.startTimeUnixNano) AS start_time,
       tl_nanos(sp.endTimeUnixNano) AS end_time,
       CASE upper(CAST(sp.status.code AS VARCHAR))
           WHEN '1' THEN 'ok' WHEN 'STATUS_CODE_OK' THEN 'ok'
           WHEN '2' THEN 'error' WHEN 'STATUS_CODE_ERROR' THEN 'error'
           ELSE NULL END AS status,
       span_keys
           || CASE WHEN scope_name IS NULL THEN [] ELSE ['otel.scope.name'] END
           || resource_keys AS keys,
       tl_otlp_values(sp.attributes, span_keys, span_quick_values)
           || CASE WHEN scope_name IS NULL THEN [] ELSE [scope_name] END
           || resource_values AS vals,
       CASE WHEN nullif(trim(sp.spanId), '') IS NULL THEN 'a span has no spanId (trace ' || coalesce(lower(sp.traceId), '?') || ')'
            WHEN nullif(trim(sp.traceId), '') IS NULL THEN 'span ' || lower(sp.spanId) || ' has no traceId'
            WHEN tl_nanos(sp.startTimeUnixNano) IS NULL
                THEN 'span ' || lower(sp.spanId) || ': startTimeUnixNano is not a number of nanoseconds: '
                     || coalesce(sp.startTimeUnixNano, '(missing)')
       END AS problem,
       CASE WHEN nullif(trim(sp.spanId), '') IS NULL THEN 'spanId'
            WHEN nullif(trim(sp.traceId), '') IS NULL THEN 'traceId'
            ELSE 'startTimeUnixNano' END AS problem_column
FROM (
    SELECT *, tl_otlp_keys(sp.attributes) AS span_keys,
           json_extract_string(sp.attributes, '$[*].value.*') AS span_quick_values
    FROM (
        SELECT resource_keys, resource_values, s.scope.name AS scope_name, unnest(s.spans) AS sp
        FROM (
            SELECT unnest(r.scopeSpans) AS s,
                   tl_otlp_keys(r.resource.attributes) AS resource_keys,
                   tl_otlp_values(r.resource.attributes, tl_otlp_keys(r.resource.attributes),
                                  json_extract_string(r.resource.attributes, '$[*].value.*')) AS resource_values
            FROM (SELECT unnest(resourceSpans) AS r
                  FROM read_json(?, format = 'auto', maximum_object_size = 1073741824,
                                 columns = {resourceSpans: '{type}'}))
        )
    )
)
