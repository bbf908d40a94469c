INSERT INTO scenarios (name, baseline_month, description, saved_at) VALUES (?, ?, ?, now())
