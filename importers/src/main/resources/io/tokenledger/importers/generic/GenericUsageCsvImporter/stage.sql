-- Reads the file with DuckDB's own CSV reader into a typed staging table. {columns} and
-- {projection} are built from the fixed column catalog (GenericUsageColumn), never from user text;
-- the file path is the bound parameter. Bad rows land in the reject tables with line and column.
CREATE TEMP TABLE generic_usage_stage AS
SELECT row_number() OVER () + 1 AS source_line, {projection}
FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
              columns = {columns}, {rejects})
