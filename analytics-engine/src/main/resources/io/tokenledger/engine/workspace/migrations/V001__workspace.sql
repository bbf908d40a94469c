-- V001: the canonical tables of a TokenLedger workspace (see docs/architecture.md).
-- Money is DECIMAL(38,10); unit prices DECIMAL(38,18) (per-token prices like 1.25e-07 need the digits);
-- tokens are BIGINT. Every imported row keeps its lineage: import_id + source_line.

CREATE SEQUENCE import_id_seq START 1;

-- One row per imported file. content_sha256 recognises the same content imported again.
CREATE TABLE import_log (
    import_id        INTEGER PRIMARY KEY,
    file_name        VARCHAR NOT NULL,
    file_path        VARCHAR NOT NULL,
    file_size        BIGINT NOT NULL,
    content_sha256   VARCHAR NOT NULL,
    format           VARCHAR NOT NULL,
    format_version   VARCHAR,
    imported_at      TIMESTAMPTZ NOT NULL,
    rows_imported    BIGINT NOT NULL,
    rows_rejected    BIGINT NOT NULL,
    target_table     VARCHAR NOT NULL,
    warnings         JSON                -- array of warning texts
);

-- Rows an import skipped (only when the user chose to import the valid rows of a file).
CREATE TABLE import_rejects (
    import_id   INTEGER NOT NULL,
    line        BIGINT,
    column_name VARCHAR,
    reason      VARCHAR NOT NULL,
    raw_line    VARCHAR
);

-- Every money line: FOCUS files, provider cost exports, cloud bills, invoices. FOCUS columns keep
-- their specification names; TokenLedger's own columns are snake_case.
CREATE TABLE cost_lines (
    import_id                   INTEGER NOT NULL,
    source_line                 BIGINT NOT NULL,
    provider                    VARCHAR NOT NULL,   -- normalised vendor: openai, anthropic, aws, azure, gcp, ...
    BilledCost                  DECIMAL(38,10) NOT NULL,
    EffectiveCost               DECIMAL(38,10),
    ListCost                    DECIMAL(38,10),
    ContractedCost              DECIMAL(38,10),
    BillingCurrency             VARCHAR NOT NULL,
    BillingAccountId            VARCHAR,
    BillingAccountName          VARCHAR,
    BillingAccountType          VARCHAR,
    BillingPeriodStart          TIMESTAMPTZ,
    BillingPeriodEnd            TIMESTAMPTZ,
    ChargePeriodStart           TIMESTAMPTZ NOT NULL,
    ChargePeriodEnd             TIMESTAMPTZ,
    ChargeCategory              VARCHAR,
    ChargeClass                 VARCHAR,
    ChargeDescription           VARCHAR,
    ChargeFrequency             VARCHAR,
    PricingCategory             VARCHAR,
    PricingQuantity             DECIMAL(38,10),
    PricingUnit                 VARCHAR,
    ListUnitPrice               DECIMAL(38,18),
    ContractedUnitPrice         DECIMAL(38,18),
    ConsumedQuantity            DECIMAL(38,10),
    ConsumedUnit                VARCHAR,
    PricingCurrency             VARCHAR,
    PricingCurrencyEffectiveCost DECIMAL(38,10),
    ProviderName                VARCHAR,
    PublisherName               VARCHAR,
    InvoiceIssuerName           VARCHAR,
    ServiceProviderName         VARCHAR,
    HostProviderName            VARCHAR,
    InvoiceId                   VARCHAR,
    ServiceName                 VARCHAR,
    ServiceCategory             VARCHAR,
    ServiceSubcategory          VARCHAR,
    RegionId                    VARCHAR,
    RegionName                  VARCHAR,
    AvailabilityZone            VARCHAR,
    ResourceId                  VARCHAR,
    ResourceName                VARCHAR,
    ResourceType                VARCHAR,
    SkuId                       VARCHAR,
    SkuPriceId                  VARCHAR,
    SkuMeter                    VARCHAR,
    SkuPriceDetails             JSON,
    SubAccountId                VARCHAR,
    SubAccountName              VARCHAR,
    SubAccountType              VARCHAR,
    CommitmentDiscountId        VARCHAR,
    CommitmentDiscountName      VARCHAR,
    CommitmentDiscountCategory  VARCHAR,
    CommitmentDiscountType      VARCHAR,
    CommitmentDiscountStatus    VARCHAR,
    CommitmentDiscountQuantity  DECIMAL(38,10),
    CommitmentDiscountUnit      VARCHAR,
    CapacityReservationId       VARCHAR,
    CapacityReservationStatus   VARCHAR,
    Tags                        JSON,
    -- TokenLedger's LLM view of the line
    model_raw                   VARCHAR,            -- the name as the source wrote it
    model                       VARCHAR,            -- canonical model id, NULL when unresolved
    token_bucket                VARCHAR,            -- in_uncached, in_cache_read, ... (DOMAIN.md 1.1)
    service_tier                VARCHAR,            -- standard | batch | flex | priority
    tokens                      BIGINT,
    project                     VARCHAR,
    api_key                     VARCHAR,
    source_amount               VARCHAR,            -- the amount text exactly as the source wrote it
    source_amount_factor        DECIMAL(38,10),     -- source amount / factor = BilledCost (100 for cents)
    extra                       JSON                -- x_ and other passthrough columns
);

-- One row per model invocation or request. Token buckets are disjoint columns (DOMAIN.md 1.1).
CREATE TABLE usage_events (
    import_id          INTEGER NOT NULL,
    source_line        BIGINT NOT NULL,
    event_id           VARCHAR,
    trace_id           VARCHAR,
    parent_id          VARCHAR,
    event_time         TIMESTAMPTZ NOT NULL,
    end_time           TIMESTAMPTZ,
    provider           VARCHAR NOT NULL,
    model_raw          VARCHAR NOT NULL,
    model              VARCHAR,
    service_tier       VARCHAR NOT NULL DEFAULT 'standard',
    operation          VARCHAR,
    in_uncached        BIGINT NOT NULL DEFAULT 0,
    in_cache_read      BIGINT NOT NULL DEFAULT 0,
    in_cache_write_5m  BIGINT NOT NULL DEFAULT 0,
    in_cache_write_1h  BIGINT NOT NULL DEFAULT 0,
    out_text           BIGINT NOT NULL DEFAULT 0,
    out_reasoning      BIGINT NOT NULL DEFAULT 0,
    requests           INTEGER NOT NULL DEFAULT 1,
    latency_ms         BIGINT,
    status             VARCHAR,
    cache_hit          BOOLEAN,
    source_cost        DECIMAL(38,10),               -- cost the source reported, if any
    source_currency    VARCHAR,
    client             VARCHAR,
    feature            VARCHAR,
    team               VARCHAR,
    env                VARCHAR,
    user_id            VARCHAR,
    api_key            VARCHAR,
    project            VARCHAR,
    attributes         JSON
);

CREATE TABLE revenue (
    import_id     INTEGER,
    source_line   BIGINT,
    client        VARCHAR NOT NULL,
    period_start  DATE NOT NULL,
    period_end    DATE NOT NULL,
    amount        DECIMAL(38,10) NOT NULL,
    currency      VARCHAR NOT NULL
);

-- rate converts 1 unit of from_currency into to_currency for the month starting at period.
CREATE TABLE fx_rates (
    period         DATE NOT NULL,
    from_currency  VARCHAR NOT NULL,
    to_currency    VARCHAR NOT NULL,
    rate           DECIMAL(38,12) NOT NULL,
    PRIMARY KEY (period, from_currency, to_currency)
);

-- Dated prices per provider/model/bucket/tier, in currency per token.
CREATE TABLE price_book (
    provider                  VARCHAR NOT NULL,
    model                     VARCHAR NOT NULL,
    token_bucket              VARCHAR NOT NULL,
    service_tier              VARCHAR NOT NULL DEFAULT 'standard',
    above_prompt_tokens       BIGINT NOT NULL DEFAULT 0,   -- long-context tier threshold, per request
    unit_price                DECIMAL(38,18) NOT NULL,
    currency                  VARCHAR NOT NULL DEFAULT 'USD',
    effective_from            DATE NOT NULL,
    effective_to              DATE,
    source                    VARCHAR NOT NULL,            -- catalog name, or 'user' for negotiated prices
    match_pattern             VARCHAR
);

-- "API key k-123 is client Acme": priority order, first match wins.
CREATE TABLE mapping_rules (
    rule_id        INTEGER PRIMARY KEY,
    priority       INTEGER NOT NULL,
    source_key     VARCHAR NOT NULL,      -- api_key, project, tag:<k>, attr:<k>, ...
    match_kind     VARCHAR NOT NULL,      -- equals | glob | regex | copy
    match_value    VARCHAR,
    target         VARCHAR NOT NULL,      -- client | feature | team | env
    target_value   VARCHAR,
    enabled        BOOLEAN NOT NULL DEFAULT true,
    note           VARCHAR
);
