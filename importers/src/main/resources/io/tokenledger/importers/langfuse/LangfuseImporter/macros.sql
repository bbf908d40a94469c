-- Langfuse metadata as flat attributes: OpenTelemetry-ingested spans keep their span and resource
-- attributes under "attributes" and "resourceAttributes" (read as the attribute keys themselves);
-- anything else a caller put in metadata becomes "metadata.<key>". Message content is left out.
CREATE OR REPLACE TEMP MACRO tl_langfuse_meta(m) AS (
    SELECT coalesce(json_group_object(key, value), '{}')
    FROM (
        SELECT key, value FROM json_each(CASE WHEN json_type(json_extract(m, '$."resourceAttributes"')) = 'OBJECT'
                                              THEN json_extract(m, '$."resourceAttributes"') ELSE '{}' END)
        UNION ALL
        SELECT key, value FROM json_each(CASE WHEN json_type(json_extract(m, '$."attributes"')) = 'OBJECT'
                                              THEN json_extract(m, '$."attributes"') ELSE '{}' END)
        UNION ALL
        SELECT 'otel.scope.name', json_extract(json_extract(m, '$."scope"'), '$."name"') WHERE json_extract_string(json_extract(m, '$."scope"'), '$."name"') IS NOT NULL
        UNION ALL
        SELECT 'metadata.' || key, value FROM json_each(CASE WHEN json_type(m) = 'OBJECT' THEN m ELSE '{}' END)
        WHERE key NOT IN ('attributes', 'resourceAttributes', 'scope')
    )
    WHERE NOT tl_content_key(key)
)
