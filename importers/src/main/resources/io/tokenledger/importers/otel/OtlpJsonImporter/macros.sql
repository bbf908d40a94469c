-- One OTLP AnyValue (a JSON object with one member, {"intValue": "12"}) as text: scalars as written
-- (intValue arrives as a string or a number), arrays as a JSON array of their plain values,
-- key-value lists as their JSON.
CREATE OR REPLACE TEMP MACRO tl_otlp_value(v) AS
    CASE WHEN v IS NULL THEN NULL
         WHEN json_exists(v, '$.arrayValue')
             THEN CAST(to_json(json_extract_string(v, '$.arrayValue.values[*].*')) AS VARCHAR)
         WHEN json_exists(v, '$.kvlistValue') THEN CAST(json_extract(v, '$.kvlistValue') AS VARCHAR)
         ELSE json_extract_string(v, '$.*')[1] END;

-- An OTLP attribute list (kept as JSON text by the reader) as parallel key and value lists. The fast
-- path takes every key and every value's one member in two sweeps; when that does not line up (a
-- value without a member, an array or key-value list), each value is read on its own.
CREATE OR REPLACE TEMP MACRO tl_otlp_keys(attributes) AS
    coalesce(json_extract_string(attributes, '$[*].key'), []);

CREATE OR REPLACE TEMP MACRO tl_otlp_values(attributes, keys, quick) AS
    CASE WHEN attributes IS NULL THEN []
         WHEN len(quick) = len(keys)
              AND position('"arrayValue"' IN CAST(attributes AS VARCHAR)) = 0
              AND position('"kvlistValue"' IN CAST(attributes AS VARCHAR)) = 0
             THEN quick
         ELSE list_transform(json_extract(attributes, '$[*]'), a -> tl_otlp_value(json_extract(a, '$.value')))
    END
