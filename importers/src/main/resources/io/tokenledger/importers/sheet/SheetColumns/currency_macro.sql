-- tl_sheet_currency(currency_text, amount_text, default_currency): the ISO code of a sheet row's
-- currency: the currency cell (a code, or a symbol $ € £ ¥), else a symbol written in the amount,
-- else the mapping's default currency. NULL when none says it.
CREATE OR REPLACE TEMP MACRO tl_sheet_currency(cur, amt, dflt) AS
    coalesce(CASE upper(trim(cur)) WHEN '$' THEN 'USD' WHEN '€' THEN 'EUR'
                  WHEN '£' THEN 'GBP' WHEN '¥' THEN 'JPY'
                  ELSE nullif(upper(trim(cur)), '') END,
             CASE WHEN amt LIKE '%€%' THEN 'EUR' WHEN amt LIKE '%£%' THEN 'GBP'
                  WHEN amt LIKE '%$%' THEN 'USD' END,
             nullif(upper(trim(dflt)), ''))
