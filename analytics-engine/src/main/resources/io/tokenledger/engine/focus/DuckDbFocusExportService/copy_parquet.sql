-- The workspace's cost lines as a FOCUS Parquet file with typed columns, in import order.
COPY (SELECT {columns}
      FROM cost_lines
      ORDER BY import_id, source_line)
TO {out} (FORMAT parquet, COMPRESSION zstd)
