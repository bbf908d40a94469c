-- The file under validation with the types it was written with.
CREATE TABLE focus_data AS
SELECT * FROM read_parquet(?, union_by_name = true)
