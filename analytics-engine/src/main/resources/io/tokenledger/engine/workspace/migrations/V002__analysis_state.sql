-- V002: the analysis state (views, rules, scenarios, settings) as one versioned JSON document, and
-- the alias table that resolves billing and display model names to canonical ids.

CREATE TABLE analysis_state (
    name            VARCHAR PRIMARY KEY,      -- 'current' for the workspace's own state
    schema_version  INTEGER NOT NULL,
    document        JSON NOT NULL,
    saved_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE model_aliases (
    alias      VARCHAR PRIMARY KEY,           -- normalised (lower case, no provider prefix)
    model      VARCHAR NOT NULL,
    provider   VARCHAR,
    source     VARCHAR NOT NULL               -- 'builtin', 'catalog' or 'user'
);
