-- V012: the company's complete request ledger (the generic usage CSV) is its own source kind,
-- 'ledger', apart from traces: per provider-day the allocation counts the ledger, else traces, else
-- the providers' usage exports, and reconciliation keeps traces as the trace-estimated side.
-- Imports made before this version recorded the ledger as 'trace'.
UPDATE import_log SET source_kind = 'ledger' WHERE format = 'generic-usage-csv';
