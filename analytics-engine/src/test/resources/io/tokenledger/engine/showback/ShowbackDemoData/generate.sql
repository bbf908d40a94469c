-- A plausible two months (September and October 2026) of an LLM product's usage and bills, made
-- in SQL from range() and hashes: deterministic, any size. Usage grows through the period; a few
-- clients dominate; each model's daily bill is its tokens at list price, so allocation spreads it
-- back exactly. Parameter 1: the number of usage events.
INSERT INTO import_log VALUES
  (1, 'openai-invoice-2026-09-10.csv', '/data/openai-invoice-2026-09-10.csv', 912345,
   sha256('openai-invoice'), 'generic-invoice-csv', NULL, TIMESTAMPTZ '2026-11-02 09:14:00+00', 0, 0, 'cost_lines', '[]', 'bill'),
  (2, 'anthropic-cost-report-2026-10.csv', '/data/anthropic-cost-report-2026-10.csv', 734511,
   sha256('anthropic-cost'), 'anthropic-cost-csv', NULL, TIMESTAMPTZ '2026-11-02 09:15:00+00', 0, 0, 'cost_lines', '[]', 'bill'),
  (3, 'aws-cur-2026-10.parquet', '/data/aws-cur-2026-10.parquet', 5523001,
   sha256('aws-cur'), 'aws-cur-2', '2.0', TIMESTAMPTZ '2026-11-02 09:16:00+00', 0, 0, 'cost_lines', '[]', 'bill'),
  (4, 'langfuse-traces-2026-09-10.json', '/data/langfuse-traces-2026-09-10.json', 88123456,
   sha256('langfuse'), 'langfuse-json', NULL, TIMESTAMPTZ '2026-11-02 09:20:00+00', 0, 0, 'usage_events', '[]', 'trace'),
  (5, 'revenue-2026-10.xlsx', '/data/revenue-2026-10.xlsx', 10240,
   sha256('revenue'), 'revenue-xlsx', NULL, TIMESTAMPTZ '2026-11-02 09:21:00+00', 0, 0, 'revenue', '[]', 'other');

CREATE OR REPLACE TEMP TABLE demo_prices AS
SELECT * FROM (VALUES
  ('openai', 'gpt-4o-mini', 'in_uncached', 0.15), ('openai', 'gpt-4o-mini', 'in_cache_read', 0.075),
  ('openai', 'gpt-4o-mini', 'out_text', 0.60),
  ('openai', 'gpt-4o', 'in_uncached', 2.50), ('openai', 'gpt-4o', 'in_cache_read', 1.25),
  ('openai', 'gpt-4o', 'out_text', 10.00),
  ('anthropic', 'claude-haiku-4-5', 'in_uncached', 1.00), ('anthropic', 'claude-haiku-4-5', 'in_cache_read', 0.10),
  ('anthropic', 'claude-haiku-4-5', 'out_text', 5.00),
  ('anthropic', 'claude-sonnet-4-5', 'in_uncached', 3.00), ('anthropic', 'claude-sonnet-4-5', 'in_cache_read', 0.30),
  ('anthropic', 'claude-sonnet-4-5', 'out_text', 15.00)
) t(provider, model, bucket, per_million);

INSERT INTO price_book (provider, model, token_bucket, unit_price, effective_from, source)
SELECT provider, model, bucket, CAST(per_million AS DECIMAL(38, 18)) / 1000000, DATE '2026-01-01', 'litellm'
FROM demo_prices;

CREATE OR REPLACE TEMP TABLE demo_events AS
WITH draws AS (
    SELECT i,
           (hash(i, 'time') % 1000000) / 1000000.0 AS u_time,
           (hash(i, 'client') % 1000000) / 1000000.0 AS u_client,
           CAST(hash(i, 'feature') % 5 AS INTEGER) AS feature_id,
           CAST(hash(i, 'model') % 100 AS INTEGER) AS model_draw,
           CAST(hash(i, 'env') % 10 AS INTEGER) AS env_draw
    FROM range(?) r(i)
)
SELECT i,
       TIMESTAMPTZ '2026-09-01 00:00:00+00'
         + to_microseconds(CAST(sqrt(u_time) * 5270400000000 AS BIGINT)) AS event_time,
       ['Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella', 'Hooli',
        'Wayne Enterprises', 'Tyrell', 'Soylent', 'Cyberdyne', 'Stark Industries']
         [1 + CAST(floor(12 * u_client * u_client) AS INTEGER)] AS client,
       ['chat', 'rag', 'agent', 'summarize', 'classify'][1 + feature_id] AS feature,
       ['Assistants', 'Search', 'Agents', 'Assistants', 'Platform'][1 + feature_id] AS team,
       CASE WHEN env_draw = 0 THEN 'staging' ELSE 'prod' END AS env,
       CASE WHEN model_draw < 40 THEN 'openai' WHEN model_draw < 65 THEN 'openai'
            ELSE 'anthropic' END AS provider,
       CASE WHEN model_draw < 40 THEN 'gpt-4o-mini' WHEN model_draw < 65 THEN 'gpt-4o'
            WHEN model_draw < 90 THEN 'claude-haiku-4-5' ELSE 'claude-sonnet-4-5' END AS model
FROM draws;

INSERT INTO usage_events (import_id, source_line, event_id, trace_id, event_time, provider,
                          model_raw, model, in_uncached, in_cache_read, out_text, out_reasoning,
                          client, feature, team, env)
SELECT 4, i, 'evt-' || i, 'trace-' || (i // 3), event_time, provider, model, model,
       200 + hash(i, 'in') % 3000,
       CASE WHEN hash(i, 'cached') % 2 = 0 THEN hash(i, 'cache') % 2000 ELSE 0 END,
       50 + hash(i, 'out') % 800,
       CASE WHEN model = 'claude-sonnet-4-5' AND hash(i, 'think') % 10 < 3
            THEN hash(i, 'reasoning') % 1500 ELSE 0 END,
       client, feature, team, env
FROM demo_events;

-- The bills: per provider, model, bucket and day, the day's tokens at list price (reasoning
-- tokens billed with the output, as Anthropic does).
INSERT INTO cost_lines (import_id, source_line, provider, model, token_bucket, ChargePeriodStart,
                        ChargePeriodEnd, BilledCost, EffectiveCost, BillingCurrency, ServiceName,
                        tokens)
WITH daily AS (
    SELECT provider, model, date_trunc('day', event_time) AS day, b.bucket,
           sum(CASE b.bucket WHEN 'in_uncached' THEN in_uncached
                             WHEN 'in_cache_read' THEN in_cache_read
                             ELSE out_text + out_reasoning END) AS tokens
    FROM usage_events, (VALUES ('in_uncached'), ('in_cache_read'), ('out_text')) b(bucket)
    GROUP BY ALL
)
SELECT CASE WHEN d.provider = 'openai' THEN 1 ELSE 2 END,
       row_number() OVER (ORDER BY d.provider, d.model, d.bucket, d.day),
       d.provider, d.model, d.bucket, d.day, d.day + INTERVAL 1 DAY,
       CAST(d.tokens * p.per_million / 1000000 AS DECIMAL(38, 10)),
       CAST(d.tokens * p.per_million / 1000000 AS DECIMAL(38, 10)),
       'USD', CASE WHEN d.provider = 'openai' THEN 'OpenAI API' ELSE 'Claude API' END, d.tokens
FROM daily d
JOIN demo_prices p ON p.provider = d.provider AND p.model = d.model AND p.bucket = d.bucket
WHERE d.tokens > 0;

-- A GPU cluster shared by everyone, and a model billed that nobody's traces show.
INSERT INTO cost_lines (import_id, source_line, provider, ChargePeriodStart, ChargePeriodEnd,
                        BilledCost, EffectiveCost, BillingCurrency, ServiceName)
VALUES (3, 1, 'aws', TIMESTAMPTZ '2026-09-01 00:00:00+00', TIMESTAMPTZ '2026-10-01 00:00:00+00',
        120.00, 120.00, 'USD', 'Amazon EC2'),
       (3, 2, 'aws', TIMESTAMPTZ '2026-10-01 00:00:00+00', TIMESTAMPTZ '2026-11-01 00:00:00+00',
        160.00, 160.00, 'USD', 'Amazon EC2');
INSERT INTO cost_lines (import_id, source_line, provider, model, token_bucket, ChargePeriodStart,
                        ChargePeriodEnd, BilledCost, EffectiveCost, BillingCurrency, ServiceName)
VALUES (1, 999999, 'openai', 'o3', 'out_text', TIMESTAMPTZ '2026-10-12 00:00:00+00',
        TIMESTAMPTZ '2026-10-13 00:00:00+00', 31.24, 31.24, 'USD', 'OpenAI API');

INSERT INTO revenue (import_id, source_line, client, period_start, period_end, amount, currency)
SELECT 5, row_number() OVER (), client, DATE '2026-10-01', DATE '2026-10-31', amount, 'USD'
FROM (VALUES ('Northwind', 18000), ('Contoso', 95000), ('Fabrikam', 41000), ('Globex', 62000),
             ('Initech', 12500), ('Umbrella', 30500), ('Hooli', 27000),
             ('Wayne Enterprises', 54000), ('Tyrell', 8000), ('Soylent', 15000),
             ('Cyberdyne', 22000), ('Stark Industries', 70000)) t(client, amount);
