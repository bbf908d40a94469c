-- The periods (months when the month grain serves the path, else days) that have allocated rows
-- behind a drill path, with how many, read from the summary: their sum is the total under the page,
-- and they tell which periods a page's rows lie on (pages are ordered by day first), so the next
-- query reads only those periods.
SELECT f.period, sum(f.detail_rows)
FROM pivot_facts f
WHERE f.kind = 'cost' AND {where}
GROUP BY f.period
ORDER BY f.period
