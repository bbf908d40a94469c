DELETE FROM scenarios
