-- Rows of this import (parameter 1, repeated) that the reader could read but that are not cost
-- lines: an empty cost (source_amount ''), an empty start (the epoch placeholder), no currency.
-- Values that are not numbers or dates were rejected by the reader with their line and column.
SELECT source_line, 'line_item_unblended_cost' AS column_name, 'a cost is required' AS reason
FROM cost_lines WHERE import_id = ? AND source_amount = ''
UNION ALL
SELECT source_line, 'line_item_usage_start_date', 'a usage start date is required'
FROM cost_lines WHERE import_id = ? AND ChargePeriodStart = TIMESTAMPTZ '1970-01-01 00:00:00+00'
UNION ALL
SELECT source_line, 'line_item_currency_code', 'a currency is required'
FROM cost_lines WHERE import_id = ? AND BillingCurrency = ''
ORDER BY 1, 2
