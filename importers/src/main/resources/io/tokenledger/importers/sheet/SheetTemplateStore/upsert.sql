INSERT INTO {table} (name, header_signature, header, mapping, created_at, updated_at)
VALUES (?, ?, CAST(? AS JSON), CAST(? AS JSON), ?, ?)
ON CONFLICT (name) DO UPDATE SET header_signature = excluded.header_signature,
                                 header = excluded.header,
                                 mapping = excluded.mapping,
                                 updated_at = excluded.updated_at
