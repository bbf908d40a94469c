-- An invoice sheet read by column position (c1..cN: names never come from the file) from the row
-- after its header ({header_row}, 1-based); the field placeholders are the positions the template
-- maps, or NULL. Parameters: 1 the file, 2 the
-- default currency, 3 the provider, 4 the template name, 5-7 the header names of the date, amount
-- and currency columns (for rejects), 8 the template's date format (strptime; ISO when none).
CREATE TEMP TABLE tl_provider_stage AS
WITH sheet AS (
    SELECT row_number() OVER () + {header_row} AS source_line,
           {date} AS date_text, {amount} AS amount_text, {currency} AS currency_text,
           {description} AS description, {model} AS model_text, {quantity} AS quantity_text,
           {unit} AS unit_text
    FROM read_csv(?, header = false, skip = {header_row}, auto_detect = false, delim = ',',
                  quote = '"', escape = '"', null_padding = true, columns = {columns}, {rejects})
), settings AS (
    SELECT CAST(? AS VARCHAR) AS default_currency,
           CAST(? AS VARCHAR) AS provider, CAST(? AS VARCHAR) AS template_name,
           CAST(? AS VARCHAR) AS date_column, CAST(? AS VARCHAR) AS amount_column,
           CAST(? AS VARCHAR) AS currency_column
)
SELECT sheet.*, settings.*,
       tl_sheet_date(date_text, CAST(? AS VARCHAR)) AS day,
       tl_money(amount_text) AS amount,
       tl_sheet_currency(currency_text, amount_text, default_currency) AS currency,
       tl_money(quantity_text) AS quantity
FROM sheet, settings
WHERE coalesce(nullif(trim(date_text), ''), nullif(trim(amount_text), ''),
               nullif(trim(description), '')) IS NOT NULL
