-- One reject per line and problem: DuckDB can report a short line more than once.
SELECT line,
       CASE WHEN error_type = 'CAST' THEN column_name END AS column_name,
       error_type,
       first(error_message ORDER BY column_idx) AS error_message
FROM tl_csv_reject_errors
GROUP BY line, error_type, CASE WHEN error_type = 'CAST' THEN column_name END
ORDER BY line, min(column_idx)
