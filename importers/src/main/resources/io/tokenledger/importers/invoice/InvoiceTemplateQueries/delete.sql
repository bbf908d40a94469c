DELETE FROM invoice_templates WHERE name = ?
