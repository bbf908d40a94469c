INSERT INTO scenario_levers (scenario, position, kind, spec) VALUES (?, ?, ?, ?)
