SELECT name, CAST(header AS VARCHAR), CAST(mapping AS VARCHAR), updated_at
FROM invoice_templates
ORDER BY lower(name)
