-- An FX table read as text (each c:name placeholder is the column when the header has it, else
-- NULL). The period is the month a rate applies to, written as a date or as "2026-10".
CREATE TEMP TABLE tl_provider_stage AS
SELECT source_line, period_text, from_text, to_text, rate_text,
       date_trunc('month', coalesce(TRY_CAST(trim(period_text) AS DATE),
                                    CAST(try_strptime(trim(period_text), '%Y-%m') AS DATE)))
           AS period,
       upper(trim(from_text)) AS from_currency,
       upper(trim(to_text)) AS to_currency,
       TRY_CAST(trim(rate_text) AS DECIMAL(38, 12)) AS rate
FROM (SELECT row_number() OVER () + 1 AS source_line,
             coalesce({c:period}, {c:month}) AS period_text,
             coalesce({c:from_currency}, {c:from}) AS from_text,
             coalesce({c:to_currency}, {c:to}) AS to_text,
             {c:rate} AS rate_text
      FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
                    {rejects}))
WHERE coalesce(nullif(trim(period_text), ''), nullif(trim(rate_text), '')) IS NOT NULL
