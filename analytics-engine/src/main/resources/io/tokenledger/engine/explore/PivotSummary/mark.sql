INSERT INTO pivot_summary_state VALUES (?, (SELECT count(*) FROM usage_events))
