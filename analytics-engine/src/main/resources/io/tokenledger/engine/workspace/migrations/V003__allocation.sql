-- V003: allocation of invoice dollars over usage. A run rebuilds allocation_pools and allocations
-- from cost_lines and usage_events; allocation_methods holds the user's split of shared costs.

-- How a shared cost pool (cost lines without a model and token bucket) is split.
CREATE TABLE allocation_methods (
    pool_key       VARCHAR PRIMARY KEY,   -- provider/ServiceName of the shared lines, e.g. 'aws/Amazon EC2'
    method         VARCHAR NOT NULL,      -- even | proportional | fixed | unallocated
    dimension      VARCHAR NOT NULL DEFAULT 'client',
    basis          VARCHAR,               -- proportional: allocated_cost | tokens | requests
    fixed_shares   JSON,                  -- fixed: {"Acme": 0.6, "Globex": 0.4}
    note           VARCHAR
);

CREATE TABLE allocation_runs (
    run_id             INTEGER PRIMARY KEY,
    finished_at        TIMESTAMPTZ NOT NULL,
    last_import_id     INTEGER,           -- the newest import the run saw; later imports make it stale
    pools              BIGINT NOT NULL,
    billed_total       DECIMAL(38,10) NOT NULL,
    allocated_total    DECIMAL(38,10) NOT NULL,
    unallocated_total  DECIMAL(38,10) NOT NULL,
    duration_ms        BIGINT NOT NULL
);

-- One pool per provider, model, token bucket, charge period and currency (usage pools), or per
-- provider, service, month and currency (shared pools). Lines keep their lineage in allocation_pool_lines.
CREATE TABLE allocation_pools (
    pool_id        VARCHAR PRIMARY KEY,
    kind           VARCHAR NOT NULL,      -- usage | shared
    pool_key       VARCHAR NOT NULL,
    provider       VARCHAR NOT NULL,
    model          VARCHAR,
    token_bucket   VARCHAR,
    period_start   TIMESTAMPTZ NOT NULL,
    period_end     TIMESTAMPTZ NOT NULL,
    currency       VARCHAR NOT NULL,
    billed         DECIMAL(38,10) NOT NULL,
    effective      DECIMAL(38,10) NOT NULL,
    cost_lines     BIGINT NOT NULL,
    method         VARCHAR NOT NULL
);

CREATE TABLE allocation_pool_lines (
    pool_id      VARCHAR NOT NULL,
    import_id    INTEGER NOT NULL,
    source_line  BIGINT NOT NULL
);

-- Every allocated (or unallocated) amount with the dimensions the pivot slices by. usage_* point
-- at the usage event the amount was spread to (NULL for shared and unallocated amounts).
CREATE TABLE allocations (
    pool_id             VARCHAR NOT NULL,
    method              VARCHAR NOT NULL,   -- tokens | even | proportional | fixed | unallocated
    usage_import_id     INTEGER,
    usage_source_line   BIGINT,
    provider            VARCHAR NOT NULL,
    model               VARCHAR,
    token_bucket        VARCHAR,
    service_tier        VARCHAR,
    day                 DATE NOT NULL,
    client              VARCHAR,
    feature             VARCHAR,
    team                VARCHAR,
    env                 VARCHAR,
    trace_id            VARCHAR,
    currency            VARCHAR NOT NULL,
    tokens              BIGINT,
    billed              DECIMAL(38,10) NOT NULL,
    effective           DECIMAL(38,10) NOT NULL,
    reason              VARCHAR
);
