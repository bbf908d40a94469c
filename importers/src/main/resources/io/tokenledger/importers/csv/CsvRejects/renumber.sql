-- read_csv skips the rows it rejects, so the ordinal of a staged row no longer gives its line.
-- Rebuild the line numbers: the k-th staged row is the k-th data line that was not rejected.
-- {stage} is a staging table name chosen by the importer's code, never by a user.
UPDATE {stage} SET source_line = line_map.line
FROM (
    SELECT row_number() OVER (ORDER BY line) AS ordinal, line
    FROM (SELECT range AS line
          FROM range(2, (SELECT count(*) FROM {stage})
                        + (SELECT count(DISTINCT line) FROM tl_csv_reject_errors) + 2))
    WHERE line NOT IN (SELECT line FROM tl_csv_reject_errors)
) AS line_map
WHERE {stage}.source_line - 1 = line_map.ordinal
