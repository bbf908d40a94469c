-- Spans that cannot be read: a span id and a start time are required.
SELECT source_line, 'context.span_id', 'span ' || source_line || ' has no span id'
FROM openinference_spans WHERE span_id IS NULL
UNION ALL
SELECT source_line, 'start_time',
       'span ' || source_line || ': start_time is missing or not a timestamp: ' || coalesce(raw_start, '(missing)')
FROM openinference_spans WHERE start_time IS NULL
ORDER BY 1, 2
