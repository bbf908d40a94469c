-- One OTLP AnyValue, read as a map of its one field ({"intValue": "12"}), as text: scalars as
-- written (intValue arrives as a string or a number), arrays as a JSON array of their plain values,
-- key-value lists as their JSON. Reading the value as a map costs DuckDB's JSON reader one lookup
-- per value instead of one per possible field.
CREATE OR REPLACE TEMP MACRO tl_otlp_value(v) AS
    CASE WHEN map_keys(v)[1] = 'arrayValue'
             THEN CAST(to_json(json_extract_string(map_values(v)[1], '$.values[*].*')) AS VARCHAR)
         ELSE map_values(v)[1] END
