DELETE FROM scenario_levers
