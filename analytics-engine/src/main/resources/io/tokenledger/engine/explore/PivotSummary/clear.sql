DELETE FROM pivot_summary_state;
DELETE FROM pivot_facts
