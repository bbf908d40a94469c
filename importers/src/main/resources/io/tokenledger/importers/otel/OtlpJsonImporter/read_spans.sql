-- Unpacks OTLP/JSON (one document, or one document per line) into one row per span. Resource
-- attributes are merged under the span's own (the span wins); ids are hex, lower-cased; times are
-- nanosecond strings parsed as integers. The file path is the bound parameter.
CREATE OR REPLACE TEMP TABLE otlp_spans AS
WITH docs AS (
    SELECT resourceSpans
    FROM read_json(?, format = 'auto', maximum_object_size = 1073741824, columns = {resourceSpans:
        'STRUCT(resource STRUCT(attributes STRUCT(key VARCHAR, value {value})[]),
                scopeSpans STRUCT(scope STRUCT(name VARCHAR, version VARCHAR),
                                  spans STRUCT(traceId VARCHAR, spanId VARCHAR, parentSpanId VARCHAR,
                                               name VARCHAR, kind VARCHAR,
                                               startTimeUnixNano VARCHAR, endTimeUnixNano VARCHAR,
                                               attributes STRUCT(key VARCHAR, value {value})[],
                                               status STRUCT(code VARCHAR, message VARCHAR))[])[])[]'})
),
resources AS (
    SELECT unnest(resourceSpans) AS r FROM docs
),
scopes AS (
    SELECT tl_otlp_attrs(r.resource.attributes) AS resource_attrs, unnest(r.scopeSpans) AS s
    FROM resources
),
spans AS (
    SELECT resource_attrs, s.scope.name AS scope_name, unnest(s.spans) AS sp FROM scopes
)
SELECT row_number() OVER () AS source_line,
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
       sp.startTimeUnixNano AS start_nanos,
       tl_nanos(sp.startTimeUnixNano) AS start_time,
       tl_nanos(sp.endTimeUnixNano) AS end_time,
       CASE upper(CAST(sp.status.code AS VARCHAR))
           WHEN '1' THEN 'ok' WHEN 'STATUS_CODE_OK' THEN 'ok'
           WHEN '2' THEN 'error' WHEN 'STATUS_CODE_ERROR' THEN 'error'
           ELSE NULL END AS status,
       CASE WHEN scope_name IS NULL THEN map_concat(resource_attrs, tl_otlp_attrs(sp.attributes))
            ELSE map_concat(resource_attrs, MAP {'otel.scope.name': scope_name}, tl_otlp_attrs(sp.attributes))
       END AS attrs
FROM spans
