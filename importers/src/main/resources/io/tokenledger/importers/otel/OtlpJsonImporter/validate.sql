-- Spans the OTLP reader could unpack but that break the format: ids and times are required.
SELECT source_line, 'spanId', 'span ' || source_line || ' has no spanId' FROM otlp_spans WHERE span_id IS NULL
UNION ALL
SELECT source_line, 'traceId', 'span ' || source_line || ' has no traceId' FROM otlp_spans WHERE trace_id IS NULL
UNION ALL
SELECT source_line, 'startTimeUnixNano',
       'span ' || source_line || ': startTimeUnixNano is not a number of nanoseconds: ' || coalesce(start_nanos, '(missing)')
FROM otlp_spans WHERE start_time IS NULL
ORDER BY 1, 2
