-- Sets every dimension from the enabled rules, first match in priority order, else the imported
-- value. The table and the four CASE expressions are built in code from
-- the fixed catalog of source keys; every rule value is a bound parameter. The last parameter
-- (twice) limits the update to one import's rows (after an import), NULL to every row.
UPDATE {table}
SET client = {client}, feature = {feature}, team = {team}, env = {env}
WHERE CAST(? AS INTEGER) IS NULL OR import_id = CAST(? AS INTEGER)
