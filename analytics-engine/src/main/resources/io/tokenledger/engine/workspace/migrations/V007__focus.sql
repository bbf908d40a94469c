-- V003: the FOCUS columns V001 did not have (1.2 pricing-currency prices, 1.3 allocation and contract
-- columns), and the FOCUS 1.3 Contract Commitment dataset (DOMAIN.md 3.1).

ALTER TABLE cost_lines ADD COLUMN PricingCurrencyContractedUnitPrice DECIMAL(38,18);
ALTER TABLE cost_lines ADD COLUMN PricingCurrencyListUnitPrice DECIMAL(38,18);
ALTER TABLE cost_lines ADD COLUMN AllocatedMethodId VARCHAR;
ALTER TABLE cost_lines ADD COLUMN AllocatedMethodDetails JSON;
ALTER TABLE cost_lines ADD COLUMN AllocatedResourceId VARCHAR;
ALTER TABLE cost_lines ADD COLUMN AllocatedResourceName VARCHAR;
ALTER TABLE cost_lines ADD COLUMN AllocatedTags JSON;
ALTER TABLE cost_lines ADD COLUMN ContractApplied JSON;

-- One row per contract commitment (FOCUS 1.3 Contract Commitment dataset); cost lines point at it
-- through ContractApplied.Elements[].ContractCommitmentId.
CREATE TABLE contract_commitments (
    import_id                       INTEGER NOT NULL,
    source_line                     BIGINT NOT NULL,
    ContractCommitmentId            VARCHAR NOT NULL,
    ContractCommitmentType          VARCHAR,
    ContractCommitmentCategory      VARCHAR,            -- Spend | Usage
    ContractCommitmentCost          DECIMAL(38,10),
    ContractCommitmentQuantity      DECIMAL(38,10),
    ContractCommitmentUnit          VARCHAR,
    ContractCommitmentDescription   VARCHAR,
    ContractCommitmentPeriodStart   TIMESTAMPTZ,
    ContractCommitmentPeriodEnd     TIMESTAMPTZ,
    ContractId                      VARCHAR,
    ContractPeriodStart             TIMESTAMPTZ,
    ContractPeriodEnd               TIMESTAMPTZ,
    BillingCurrency                 VARCHAR,
    extra                           JSON                -- x_ and other passthrough columns
);
