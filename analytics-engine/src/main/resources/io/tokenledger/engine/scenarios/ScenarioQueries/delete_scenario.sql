DELETE FROM scenarios WHERE name = ?
