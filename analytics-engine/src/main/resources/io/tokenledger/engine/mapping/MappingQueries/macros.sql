-- Every tag of a usage event, joined by U+001F with one before and after, so that one bound regex
-- can test "any tag": attributes.tags (Langfuse, LangSmith, LiteLLM request_tags) and OpenInference's
-- tag.tags (a JSON list kept as text).
CREATE OR REPLACE TEMP MACRO tl_usage_tags(a) AS
    list_concat(
        coalesce(CASE WHEN json_type(json_extract(a, '$.tags')) = 'ARRAY'
                      THEN json_extract_string(a, '$.tags[*]') END, []),
        coalesce(CASE WHEN json_valid(json_extract_string(a, '$."tag.tags"'))
                           AND json_type(json(json_extract_string(a, '$."tag.tags"'))) = 'ARRAY'
                      THEN json_extract_string(json(json_extract_string(a, '$."tag.tags"')), '$[*]') END, []));

CREATE OR REPLACE TEMP MACRO tl_usage_tag_text(a) AS
    chr(31) || array_to_string(tl_usage_tags(a), chr(31)) || chr(31);

-- A cost line's Tags object as "key:value" tags joined the same way.
CREATE OR REPLACE TEMP MACRO tl_cost_tag_text(t) AS
    chr(31) || array_to_string(
        CASE WHEN json_type(t) = 'OBJECT'
             THEN list_transform(json_keys(t), k -> k || ':' || coalesce(json_extract_string(t, '$."' || replace(k, '"', '\"') || '"'), ''))
             ELSE [] END, chr(31)) || chr(31)
