-- A dashboard export cost_<from>_<to>.csv, read as text (each c:name placeholder is the column when
-- the header has it, else NULL). A row whose group columns are all empty while other rows are
-- grouped is the export's ungrouped total: it is marked, never added to the grouped rows.
CREATE TEMP TABLE tl_provider_stage AS
SELECT source_line,
       coalesce(to_timestamp(CAST(TRY_CAST(trim(st) AS DECIMAL(20,3)) AS BIGINT)),
                CASE WHEN st_iso ~ '.*(Z|[+-]\d\d:?\d\d)$' THEN TRY_CAST(st_iso AS TIMESTAMPTZ)
                     ELSE timezone('UTC', TRY_CAST(st_iso AS TIMESTAMP)) END) AS bucket_start,
       coalesce(to_timestamp(CAST(TRY_CAST(trim(et) AS DECIMAL(20,3)) AS BIGINT)),
                CASE WHEN et_iso ~ '.*(Z|[+-]\d\d:?\d\d)$' THEN TRY_CAST(et_iso AS TIMESTAMPTZ)
                     ELSE timezone('UTC', TRY_CAST(et_iso AS TIMESTAMP)) END) AS bucket_end,
       coalesce(st, st_iso) AS time_text, 'start_time' AS time_field,
       amount_text, 'amount_value' AS amount_field, currency, 'amount_currency' AS currency_field,
       line_item, project_id, project_name, organization_id, api_key_id, quantity_text,
       quantity_unit, false AS has_more,
       NOT grouped AND bool_or(grouped) OVER () AS is_total,
       amount_text IS NULL AND line_item IS NULL AS is_empty,
       json_object('organization_name', organization_name, 'user_id', user_id,
                   'user_email', user_email, 'api_source', api_source) AS extra
FROM (SELECT *,
             coalesce(nullif(trim(line_item), ''), nullif(trim(project_id), ''),
                      nullif(trim(api_key_id), '')) IS NOT NULL AS grouped
      FROM (SELECT row_number() OVER () + 1 AS source_line,
                   {c:start_time} AS st, {c:end_time} AS et,
                   {c:start_time_iso} AS st_iso, {c:end_time_iso} AS et_iso,
                   {c:amount_value} AS amount_text, {c:amount_currency} AS currency,
                   {c:line_item} AS line_item, {c:project_id} AS project_id,
                   {c:project_name} AS project_name, {c:organization_id} AS organization_id,
                   {c:organization_name} AS organization_name, {c:api_key_id} AS api_key_id,
                   {c:quantity} AS quantity_text, {c:quantity_unit} AS quantity_unit,
                   {c:user_id} AS user_id, {c:user_email} AS user_email,
                   {c:api_source} AS api_source
            FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"',
                          escape = '"', {rejects})))
