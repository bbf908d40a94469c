DELETE FROM scenario_levers WHERE scenario = ?
