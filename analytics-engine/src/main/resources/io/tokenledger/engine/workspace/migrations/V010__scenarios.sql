-- V010: saved what-if scenarios. A scenario re-runs the usage of a baseline month under its levers;
-- each lever is kept as its kind and its one-line text form (engine.scenarios.LeverSpec), in the
-- order the user added it.
CREATE TABLE scenarios (
    name            VARCHAR PRIMARY KEY,
    baseline_month  DATE NOT NULL,          -- first day of the baseline month
    description     VARCHAR,
    saved_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE scenario_levers (
    scenario   VARCHAR NOT NULL,
    position   INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,            -- grow | route | cache | batch | price
    spec       VARCHAR NOT NULL,            -- e.g. 'route feature=doc-summarizer from=A to=B'
    PRIMARY KEY (scenario, position)
);
