-- The analysis's scope as one row, read by the spend view: the half-open period (NULLs for all
-- time) and the reporting currency.
CREATE OR REPLACE TEMP TABLE tl_clients_scope AS
SELECT CAST(? AS DATE) AS period_start, CAST(? AS DATE) AS period_end,
       CAST(? AS VARCHAR) AS currency
