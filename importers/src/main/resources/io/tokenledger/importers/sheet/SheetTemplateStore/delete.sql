DELETE FROM {table} WHERE name = ?
