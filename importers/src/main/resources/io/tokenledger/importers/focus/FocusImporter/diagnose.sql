-- Finds the rows the INSERT could not read and the value at fault, in file order. Run only after an
-- import found such rows: WITH ORDINALITY numbers the rows but slows the scan. Per checked column,
-- the raw value when it is at fault, else NULL.
SELECT ordinality,
       {problems}
FROM (SELECT {typed}, ordinality FROM {reader}) AS src
WHERE {any_problem}
ORDER BY ordinality
