-- Whether an import in the log had a source of this many bytes (0 for a folder): content imported
-- before can only come back at the same size, so only then is the new source's hash needed first.
SELECT EXISTS (SELECT 1 FROM import_log WHERE file_size = ?)
