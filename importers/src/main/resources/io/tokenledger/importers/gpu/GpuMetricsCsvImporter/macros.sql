-- A GPU metric as text without its unit ("65 %", "20704 MiB", "52.18 W" -> 65, 20704, 52.18); NULL
-- for what the tool could not read ([N/A], [Not Supported], [Unknown Error]) or an empty value.
CREATE OR REPLACE TEMP MACRO tl_gpu_value(x) AS
    CASE WHEN x IS NULL OR x = '' OR regexp_full_match(x, '\[?(n/a|not supported|unknown error|not available|gpu is lost)\]?', 'i')
         THEN NULL
         ELSE regexp_replace(x, '\s*(%|MiB|W)$', '') END
