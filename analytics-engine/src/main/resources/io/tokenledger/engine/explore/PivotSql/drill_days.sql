-- The days that have allocated rows behind a drill path, with how many, read from the summary:
-- their sum is the total under the page, and they tell which days a page's rows lie on (pages are
-- ordered by day first), so the page query reads only those days.
SELECT f.period, sum(f.detail_rows)
FROM pivot_facts f
WHERE f.kind = 'cost' AND {where}
GROUP BY f.period
ORDER BY f.period
