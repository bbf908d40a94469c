INSERT OR IGNORE INTO showback_audiences VALUES (?)
