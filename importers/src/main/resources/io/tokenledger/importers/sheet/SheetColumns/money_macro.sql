-- tl_money(text): a number as people write it on invoices: "$1,234.56", "1.234,56 EUR", "(12.00)",
-- "-3", "1 234,56". NULL when the text is not one number with at most a currency sign or code.
-- Both separators: the later one is the decimal mark; a comma alone is a thousands separator only
-- in groups of three ("1,234"), else a decimal comma ("12,5"). DIGITS below is the text without
-- anything but digits and separators (a scalar macro cannot name it once).
CREATE OR REPLACE TEMP MACRO tl_money(a) AS
    CASE WHEN NOT regexp_full_match(trim(a),
                  '\(?[-+−]?\s*([A-Za-z]{3}|[$€£¥])?\s*[-+−]?\s*\d[\d.,\s\x{a0}'']*\s*([A-Za-z]{3}|[$€£¥])?\s*\)?-?')
         THEN NULL
         ELSE CASE WHEN regexp_matches(trim(a), '^\(.*\)$|^[-−]|[-−]\s*\d|-$') THEN -1 ELSE 1 END
              * TRY_CAST(
                  CASE WHEN regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g') LIKE '%.%' AND regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g') LIKE '%,%' THEN
                            CASE WHEN strpos(reverse(regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g')), ',') < strpos(reverse(regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g')), '.')
                                 THEN replace(replace(regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g'), '.', ''), ',', '.')
                                 ELSE replace(regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g'), ',', '') END
                       WHEN regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g') LIKE '%,%' THEN
                            CASE WHEN regexp_full_match(regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g'), '\d{1,3}(,\d{3})+') THEN replace(regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g'), ',', '')
                                 ELSE replace(regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g'), ',', '.') END
                       ELSE regexp_replace(coalesce(a, ''), '[^0-9.,]', '', 'g') END AS DECIMAL(38,10)) END
