-- Prices usage events from the price book. The first parameter is the "as of" date: NULL prices
-- each event with the prices valid on its own (UTC) day; a date reprices every event as of it. The
-- second is an import id: NULL prices every event, an id only the events that import brought in.
-- The third is a day: NULL prices events of every day, a day only the events of that (UTC) day and
-- later, which are those a catalog valid from that day can price differently.
-- tl_price_model_map (built by PricingQueries from the event names) gives each name its price book
-- key. Per event and bucket the chosen price is: the event's tier; the largest long-context
-- threshold below the request's prompt (uncached + cache read + cache writes), which then prices
-- every token of the request, output included; user prices before catalogs (LiteLLM before
-- Langfuse); reasoning at the output price where no reasoning price exists; then the most specific
-- dated discount. A bucket with tokens but no price leaves the event unpriced (NULL), never $0.
CREATE OR REPLACE TEMP TABLE tl_priced_events AS
WITH params AS (
    SELECT CAST(? AS DATE) AS as_of, CAST(? AS INTEGER) AS import_id, CAST(? AS DATE) AS since
),
events AS (
    SELECT u.rowid AS event_row, u.provider, u.model_raw, u.service_tier, u.cache_hit, u.source_cost,
           m.priced_model,
           coalesce(p.as_of, CAST(timezone('UTC', u.event_time) AS DATE)) AS price_date,
           u.in_uncached + u.in_cache_read + u.in_cache_write_5m + u.in_cache_write_1h AS prompt_tokens,
           u.in_uncached, u.in_cache_read, u.in_cache_write_5m, u.in_cache_write_1h, u.out_text, u.out_reasoning
    FROM usage_events u
    CROSS JOIN params p
    LEFT JOIN tl_price_model_map m
      ON m.provider = u.provider AND m.model_raw = u.model_raw AND m.model IS NOT DISTINCT FROM u.model
    WHERE (p.import_id IS NULL OR u.import_id = p.import_id)
      AND (p.since IS NULL OR CAST(timezone('UTC', u.event_time) AS DATE) >= p.since)
),
discounted AS (
    SELECT e.*,
           (SELECT d.percent_off FROM price_discounts d
            WHERE (d.provider IS NULL OR d.provider = e.provider)
              AND (d.model IS NULL OR d.model = e.priced_model)
              AND d.effective_from <= e.price_date
              AND (d.effective_to IS NULL OR d.effective_to > e.price_date)
            ORDER BY (d.model IS NOT NULL) DESC, (d.provider IS NOT NULL) DESC, d.effective_from DESC
            LIMIT 1) AS percent_off
    FROM events e
),
buckets AS (
    SELECT event_row, priced_model, service_tier, price_date, prompt_tokens, percent_off, bucket, tokens
    FROM (UNPIVOT discounted
          ON in_uncached, in_cache_read, in_cache_write_5m, in_cache_write_1h, out_text, out_reasoning
          INTO NAME bucket VALUE tokens)
    WHERE tokens > 0
),
candidates AS (
    SELECT b.event_row, b.bucket, b.tokens, b.percent_off, pb.unit_price, pb.currency, pb.source,
           pb.above_prompt_tokens,
           row_number() OVER (
               PARTITION BY b.event_row, b.bucket
               ORDER BY CASE pb.source WHEN 'user' THEN 0 WHEN 'litellm' THEN 1 WHEN 'langfuse' THEN 2 ELSE 3 END,
                        pb.above_prompt_tokens DESC,
                        CASE WHEN pb.token_bucket = b.bucket THEN 0 ELSE 1 END,
                        pb.effective_from DESC) AS choice
    FROM buckets b
    JOIN price_book pb
      ON pb.model = b.priced_model
     AND (pb.token_bucket = b.bucket OR (b.bucket = 'out_reasoning' AND pb.token_bucket = 'out_text'))
     AND pb.service_tier = b.service_tier
     AND (pb.above_prompt_tokens = 0 OR pb.above_prompt_tokens < b.prompt_tokens)
     AND pb.effective_from <= b.price_date
     AND (pb.effective_to IS NULL OR pb.effective_to > b.price_date)
),
bucket_costs AS (
    SELECT b.event_row, b.bucket, b.tokens, c.currency, c.above_prompt_tokens,
           CAST(c.unit_price * (CAST(1 AS DECIMAL(9,6)) - coalesce(b.percent_off, 0) * CAST(0.01 AS DECIMAL(3,2)))
                AS DECIMAL(38,18)) AS unit_price
    FROM buckets b
    LEFT JOIN candidates c ON c.event_row = b.event_row AND c.bucket = b.bucket AND c.choice = 1
),
per_event AS (
    SELECT event_row,
           count(*) FILTER (WHERE unit_price IS NULL) AS missing,
           string_agg(bucket, ', ' ORDER BY bucket) FILTER (WHERE unit_price IS NULL) AS missing_buckets,
           count(DISTINCT currency) AS currencies,
           any_value(currency) AS currency,
           max(above_prompt_tokens) AS long_context_threshold,
           sum(tokens * unit_price) FILTER (WHERE bucket = 'in_uncached') AS cost_in_uncached,
           sum(tokens * unit_price) FILTER (WHERE bucket = 'in_cache_read') AS cost_in_cache_read,
           sum(tokens * unit_price) FILTER (WHERE bucket = 'in_cache_write_5m') AS cost_in_cache_write_5m,
           sum(tokens * unit_price) FILTER (WHERE bucket = 'in_cache_write_1h') AS cost_in_cache_write_1h,
           sum(tokens * unit_price) FILTER (WHERE bucket = 'out_text') AS cost_out_text,
           sum(tokens * unit_price) FILTER (WHERE bucket = 'out_reasoning') AS cost_out_reasoning,
           sum(tokens * unit_price) AS cost
    FROM bucket_costs
    GROUP BY event_row
)
SELECT e.event_row, e.provider, e.model_raw, e.priced_model, e.service_tier, e.price_date, e.prompt_tokens,
       e.in_uncached + e.in_cache_read + e.in_cache_write_5m + e.in_cache_write_1h + e.out_text + e.out_reasoning
           AS tokens,
       e.source_cost, e.percent_off, coalesce(pe.long_context_threshold, 0) AS long_context_threshold,
       CASE WHEN e.cache_hit THEN 0
            WHEN e.priced_model IS NULL OR coalesce(pe.missing, 0) > 0 OR coalesce(pe.currencies, 0) > 1 THEN NULL
            ELSE coalesce(pe.cost, 0) END AS cost,
       CASE WHEN e.cache_hit THEN NULL
            WHEN e.priced_model IS NULL OR coalesce(pe.missing, 0) > 0 OR coalesce(pe.currencies, 0) > 1 THEN NULL
            ELSE coalesce(pe.currency, 'USD') END AS currency,
       pe.cost_in_uncached, pe.cost_in_cache_read, pe.cost_in_cache_write_5m, pe.cost_in_cache_write_1h,
       pe.cost_out_text, pe.cost_out_reasoning,
       CASE WHEN e.cache_hit THEN 'response cache hit: no provider call'
            WHEN e.priced_model IS NULL THEN 'no price for model ' || e.model_raw
            WHEN pe.missing > 0 THEN 'no ' || e.service_tier || ' price on ' || e.price_date || ' for '
                                     || pe.missing_buckets || ' of ' || e.priced_model
            WHEN pe.currencies > 1 THEN 'prices of ' || e.priced_model || ' are in more than one currency'
       END AS note
FROM discounted e
LEFT JOIN per_event pe ON pe.event_row = e.event_row
