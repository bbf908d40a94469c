-- The pack's scope as one row, so the view below reads its values from a table instead of having
-- them spliced into its text: the month, the month before it (for the change), the reporting
-- currency and the grouping.
CREATE OR REPLACE TEMP TABLE showback_scope AS
SELECT CAST(? AS DATE) AS period_start,
       CAST(? AS DATE) AS period_end,
       CAST(? AS DATE) AS previous_start,
       CAST(? AS VARCHAR) AS currency,
       CAST(? AS VARCHAR) AS grouping
