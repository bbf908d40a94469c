-- The workspace's cost lines as a FOCUS Parquet file with typed columns, in import order.
COPY (SELECT {columns}
      FROM {source}
      ORDER BY import_id, source_line, tl_part)
TO {out} (FORMAT parquet, COMPRESSION zstd)
