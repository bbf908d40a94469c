-- A preview reads the rows a few times: no need to copy them.
CREATE OR REPLACE TEMP VIEW showback_rows AS SELECT * FROM showback_rows_view
