-- Currencies a pivot can report in: the one given (USD), those of the cost lines (and of the
-- allocation built from them), and those the FX table converts into.
SELECT currency FROM (
    SELECT upper(?) AS currency
    UNION
    SELECT upper(BillingCurrency) FROM cost_lines
    UNION
    SELECT upper(currency) FROM allocations
    UNION
    SELECT upper(to_currency) FROM fx_rates
)
WHERE currency IS NOT NULL AND currency <> ''
ORDER BY currency
