-- Whether any amount in the period is in another currency than the reporting one.
SELECT EXISTS (
    SELECT 1 FROM pivot_facts f
    WHERE f.grain = '{grain}' AND f.kind = 'cost' AND f.currency <> {currency} AND {period_where}
)
