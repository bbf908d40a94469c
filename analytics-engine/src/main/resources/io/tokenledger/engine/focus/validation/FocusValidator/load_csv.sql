-- The file under validation, every column as text exactly as written: format rules judge the text.
-- Empty fields are nulls; the list of files is the bound parameter.
CREATE TABLE focus_data AS
SELECT * FROM read_csv(?, header = true, all_varchar = true, union_by_name = true)
