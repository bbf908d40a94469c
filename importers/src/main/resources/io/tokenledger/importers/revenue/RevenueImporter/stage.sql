-- A revenue sheet read by column position (c1..cN: names never come from the file); the field
-- placeholders are the positions the mapping gives, or NULL. Parameters: 1 the file, 2 the default
-- currency, 3-7 the header names of the client, period start, period end, amount and currency
-- columns (for rejects), 8 and 9 the date format (strptime; ISO when none), once for each date
-- (strptime wants a constant). A period may be written as a month ("2026-10"); without an end it
-- is that month.
CREATE TEMP TABLE tl_provider_stage AS
WITH sheet AS (
    SELECT row_number() OVER () + 1 AS source_line,
           {client} AS client_text, {client_id} AS client_id_text,
           {period_start} AS start_text, {period_end} AS end_text,
           {amount} AS amount_text, {currency} AS currency_text
    FROM read_csv(?, header = false, skip = 1, auto_detect = false, delim = ',', quote = '"',
                  escape = '"', null_padding = true, columns = {columns}, {rejects})
), settings AS (
    SELECT CAST(? AS VARCHAR) AS default_currency,
           CAST(? AS VARCHAR) AS client_column, CAST(? AS VARCHAR) AS start_column,
           CAST(? AS VARCHAR) AS end_column, CAST(? AS VARCHAR) AS amount_column,
           CAST(? AS VARCHAR) AS currency_column
)
SELECT sheet.*, settings.*,
       nullif(trim(client_text), '') AS client,
       nullif(trim(client_id_text), '') AS client_id,
       coalesce(tl_sheet_date(start_text, CAST(? AS VARCHAR)),
                CAST(try_strptime(trim(start_text), '%Y-%m') AS DATE)) AS period_start,
       coalesce(tl_sheet_date(end_text, CAST(? AS VARCHAR)),
                last_day(CAST(try_strptime(trim(end_text), '%Y-%m') AS DATE))) AS period_end,
       tl_money(amount_text) AS amount,
       tl_sheet_currency(currency_text, amount_text, default_currency) AS currency
FROM sheet, settings
WHERE coalesce(nullif(trim(client_text), ''), nullif(trim(start_text), ''),
               nullif(trim(amount_text), '')) IS NOT NULL
