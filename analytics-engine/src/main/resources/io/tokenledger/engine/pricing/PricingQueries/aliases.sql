SELECT alias, model FROM model_aliases ORDER BY CASE source WHEN 'user' THEN 0 ELSE 1 END, alias
