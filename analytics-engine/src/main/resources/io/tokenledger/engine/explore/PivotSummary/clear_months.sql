-- Drops the summary rows (both grains) of the months an allocation run rebuilds ({months}: a
-- predicate on period).
DELETE FROM pivot_facts WHERE {months}
