SELECT count(*) FROM import_log WHERE import_id > ?
