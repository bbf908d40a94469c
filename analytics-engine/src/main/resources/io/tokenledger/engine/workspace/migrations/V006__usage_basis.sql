-- V006: which usage events the allocation and the pivot count. Request-level sources (traces, the
-- generic usage ledger) are the basis; a provider's aggregated usage export counts only for the
-- provider-days no request-level source covers, so the same requests are never counted twice.
-- Set by each allocation run; true until the first one.
ALTER TABLE usage_events ADD COLUMN in_basis BOOLEAN DEFAULT true;
