-- One pass over a FOCUS 1.3 Contract Commitment file into contract_commitments; generated like
-- insert_cost_lines.sql, without the LLM columns.
INSERT INTO contract_commitments ({targets})
SELECT {values}
FROM (SELECT {typed} FROM {reader}) AS src
