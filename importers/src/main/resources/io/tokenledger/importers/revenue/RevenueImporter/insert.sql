-- Revenue lines; a period without an end is the month it starts in (the end is included).
INSERT INTO revenue (import_id, source_line, client, client_id, period_start, period_end, amount,
                     currency)
SELECT ?, source_line, client, client_id, period_start,
       coalesce(period_end, last_day(period_start)), amount, currency
FROM tl_provider_stage
ORDER BY source_line
