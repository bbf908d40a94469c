-- tl_sheet_date(text, format): a date as sheets write it: the template's strptime format first,
-- then ISO dates and timestamps, US, two-digit-year US, German and slashed ISO forms. NULL when
-- none fits.
CREATE OR REPLACE TEMP MACRO tl_sheet_date(a, fmt) AS
    coalesce(CAST(try_strptime(trim(a), fmt) AS DATE),
             TRY_CAST(trim(a) AS DATE),
             CAST(TRY_CAST(trim(a) AS TIMESTAMP) AS DATE),
             CAST(try_strptime(trim(a), '%m/%d/%Y') AS DATE),
             CAST(try_strptime(trim(a), '%m/%d/%y') AS DATE),
             CAST(try_strptime(trim(a), '%d.%m.%Y') AS DATE),
             CAST(try_strptime(trim(a), '%Y/%m/%d') AS DATE))
