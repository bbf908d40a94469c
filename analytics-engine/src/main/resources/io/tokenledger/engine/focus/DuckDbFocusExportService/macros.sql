CREATE OR REPLACE TEMP MACRO tl_plain_decimal(x) AS rtrim(rtrim(CAST(x AS VARCHAR), '0'), '.')
