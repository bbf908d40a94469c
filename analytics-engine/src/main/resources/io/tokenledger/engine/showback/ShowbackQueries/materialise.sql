-- An export reads the rows a dozen times: make them once (labels, FX and keys computed once).
CREATE OR REPLACE TEMP TABLE showback_rows AS SELECT * FROM showback_rows_view
