-- V014: allocation runs re-run only the months that changed. A run records how many imports it saw
-- (a removed import changes the count and forces a run over every month) and which months it
-- re-ran ('all', or the months as YYYY-MM, comma-separated; empty when nothing needed it).
ALTER TABLE allocation_runs ADD COLUMN imports_seen BIGINT;
ALTER TABLE allocation_runs ADD COLUMN scope VARCHAR;
