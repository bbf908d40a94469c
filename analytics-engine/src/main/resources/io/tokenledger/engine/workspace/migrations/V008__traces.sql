-- V005: trace structure, prices recomputed from the price book, mapped dimensions on cost lines.

-- Every span, observation or run of an imported trace, model invocation or not, so that a task (a
-- root span and everything below it) can be rolled up however deep the fan-out goes. The model
-- invocations among them are also rows of usage_events (event_id = span_id); their attributes live
-- there, so they are NULL here.
CREATE TABLE trace_spans (
    import_id    INTEGER NOT NULL,
    source_line  BIGINT NOT NULL,     -- ordinal of the span in its file (CSV: the line)
    span_id      VARCHAR NOT NULL,
    trace_id     VARCHAR,
    parent_id    VARCHAR,
    name         VARCHAR,
    kind         VARCHAR,             -- the source's own kind: GENERATION, llm, chain, CLIENT, ...
    start_time   TIMESTAMPTZ,
    end_time     TIMESTAMPTZ,
    status       VARCHAR,
    invocation   BOOLEAN NOT NULL,    -- true when the span is counted in usage_events
    attributes   JSON
);

-- The recomputed cost beside the source's own (usage_events.source_cost). NULL cost = unpriced.
ALTER TABLE usage_events ADD COLUMN priced_model VARCHAR;
ALTER TABLE usage_events ADD COLUMN cost DECIMAL(38,10);
ALTER TABLE usage_events ADD COLUMN cost_currency VARCHAR;
ALTER TABLE usage_events ADD COLUMN price_note VARCHAR;

-- Mapping rules write client/feature/team/env; the values an importer brought are kept apart so that
-- re-applying changed rules can fall back to them.
ALTER TABLE usage_events ADD COLUMN imported_client VARCHAR;
ALTER TABLE usage_events ADD COLUMN imported_feature VARCHAR;
ALTER TABLE usage_events ADD COLUMN imported_team VARCHAR;
ALTER TABLE usage_events ADD COLUMN imported_env VARCHAR;
ALTER TABLE usage_events ADD COLUMN dims_captured BOOLEAN DEFAULT false;

ALTER TABLE cost_lines ADD COLUMN client VARCHAR;
ALTER TABLE cost_lines ADD COLUMN feature VARCHAR;
ALTER TABLE cost_lines ADD COLUMN team VARCHAR;
ALTER TABLE cost_lines ADD COLUMN env VARCHAR;
ALTER TABLE cost_lines ADD COLUMN imported_client VARCHAR;
ALTER TABLE cost_lines ADD COLUMN imported_feature VARCHAR;
ALTER TABLE cost_lines ADD COLUMN imported_team VARCHAR;
ALTER TABLE cost_lines ADD COLUMN imported_env VARCHAR;
ALTER TABLE cost_lines ADD COLUMN dims_captured BOOLEAN DEFAULT false;

-- The catalogs imported into price_book, one row per import.
CREATE TABLE price_catalogs (
    source          VARCHAR NOT NULL,     -- litellm | langfuse
    file_name       VARCHAR NOT NULL,
    content_sha256  VARCHAR NOT NULL,
    effective_from  DATE NOT NULL,
    imported_at     TIMESTAMPTZ NOT NULL,
    models          INTEGER NOT NULL,
    prices          INTEGER NOT NULL
);

-- Negotiated discounts: percent off the unit price, per provider and/or model, dated.
CREATE SEQUENCE price_discount_id_seq START 1;
CREATE TABLE price_discounts (
    discount_id     INTEGER PRIMARY KEY,
    provider        VARCHAR,              -- NULL = every provider
    model           VARCHAR,              -- NULL = every model of the provider
    percent_off     DECIMAL(9,6) NOT NULL,
    effective_from  DATE NOT NULL,
    effective_to    DATE,
    note            VARCHAR
);

CREATE SEQUENCE mapping_rule_id_seq START 1;
