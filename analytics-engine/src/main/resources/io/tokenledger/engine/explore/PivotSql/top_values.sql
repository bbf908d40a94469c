-- The N largest values of the first row dimension, by the first measure, for "top N + Other".
SELECT d0 FROM ({facts}) GROUP BY d0 ORDER BY sum(v) DESC NULLS LAST, d0 LIMIT {limit}
