-- One OTLP AnyValue as text: intValue arrives as a string (or a number), arrays as a JSON array of
-- their plain values, key-value lists as their JSON.
CREATE OR REPLACE TEMP MACRO tl_otlp_value(v) AS
    coalesce(v.stringValue, v.intValue, v.doubleValue, v.boolValue,
             CASE WHEN v.arrayValue IS NOT NULL THEN
                 CAST(to_json(list_transform(v.arrayValue."values",
                      e -> coalesce(e.stringValue, e.intValue, e.doubleValue, e.boolValue))) AS VARCHAR)
             END,
             CAST(v.kvlistValue AS VARCHAR), v.bytesValue);

-- An OTLP attribute list as a map. Keys are unique in valid OTLP; when a producer repeats one, the
-- last value wins instead of the whole file failing.
CREATE OR REPLACE TEMP MACRO tl_otlp_attrs(list) AS
    CASE WHEN list IS NULL OR len(list) = 0 THEN CAST(MAP {} AS MAP(VARCHAR, VARCHAR))
         WHEN len(list_distinct(list_transform(list, a -> a.key))) = len(list)
              AND list_position(list_transform(list, a -> a.key), NULL) IS NULL
             THEN map_from_entries(list_transform(list, a -> {key: a.key, value: tl_otlp_value(a.value)}))
         ELSE list_reduce(
                  [CAST(MAP {} AS MAP(VARCHAR, VARCHAR))]
                  || list_transform(list_filter(list, a -> a.key IS NOT NULL),
                                    a -> MAP {a.key: tl_otlp_value(a.value)}),
                  (x, y) -> map_concat(x, y))
    END
