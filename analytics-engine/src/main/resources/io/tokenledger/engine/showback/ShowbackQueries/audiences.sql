-- The audiences (group values) the pack is for; empty means every group.
CREATE OR REPLACE TEMP TABLE showback_audiences (name VARCHAR PRIMARY KEY)
