-- Every saved scenario with its levers in the order the user added them (no lever: one row with NULLs).
SELECT s.name, s.baseline_month, s.description, l.position, l.spec
FROM scenarios s
LEFT JOIN scenario_levers l ON l.scenario = s.name
ORDER BY s.name, l.position
