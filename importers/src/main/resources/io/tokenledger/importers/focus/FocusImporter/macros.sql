-- Typing and normalisation of FOCUS values written as text, as macros so that the generated INSERT
-- reads like the rules it applies. DuckDB inlines macros: they cost nothing at run time.

-- Money as spreadsheets write it: "$10,100.00 ", "(5.00)" for -5.00.
CREATE OR REPLACE TEMP MACRO tl_money_text(x) AS
    replace(replace(regexp_replace(trim(x), '[$€£¥,\s]', '', 'g'), '(', '-'), ')', '');

-- A decimal with 10 places. DECIMAL(18,10) parses three times faster than DECIMAL(38,10), so it is
-- tried first; wider amounts and spreadsheet money fall through (COALESCE stops at the first value).
CREATE OR REPLACE TEMP MACRO tl_decimal10(x) AS
    coalesce(TRY_CAST(x AS DECIMAL(18,10)), TRY_CAST(x AS DECIMAL(38,10)),
             TRY_CAST(tl_money_text(x) AS DECIMAL(38,10)));

-- A unit price with 18 places (per-token prices such as 0.000003).
CREATE OR REPLACE TEMP MACRO tl_decimal18(x) AS
    coalesce(TRY_CAST(x AS DECIMAL(18,12)), TRY_CAST(x AS DECIMAL(38,18)),
             TRY_CAST(tl_money_text(x) AS DECIMAL(38,18)));

-- A UTC instant: ISO 8601 with or without T and Z (the session time zone is UTC, so a value without
-- an offset is UTC), or a US spreadsheet date such as 5/1/25. Impossible values give NULL.
CREATE OR REPLACE TEMP MACRO tl_timestamp(x) AS
    CASE WHEN contains(x, '/')
         THEN CAST(coalesce(try_strptime(trim(x), '%m/%d/%y'), try_strptime(trim(x), '%m/%d/%Y'),
                            try_strptime(trim(x), '%m/%d/%Y %H:%M:%S'),
                            try_strptime(trim(x), '%m/%d/%Y %H:%M')) AS TIMESTAMPTZ)
         ELSE TRY_CAST(x AS TIMESTAMPTZ) END;

-- A JSON value; Azure-style tags written without the braces ("k": "v") are wrapped.
CREATE OR REPLACE TEMP MACRO tl_json(x) AS
    coalesce(TRY_CAST(x AS JSON), TRY_CAST('{' || x || '}' AS JSON));

-- TokenLedger's provider key for a vendor name: the usual clouds and labs by name, others in
-- lower-case words joined by '-' ("Solora AI" -> solora-ai).
CREATE OR REPLACE TEMP MACRO tl_provider(name) AS
    CASE lower(trim(name))
        WHEN 'anthropic' THEN 'anthropic' WHEN 'anthropic pbc' THEN 'anthropic'
        WHEN 'openai' THEN 'openai'
        WHEN 'aws' THEN 'aws' WHEN 'amazon web services' THEN 'aws' WHEN 'amazon' THEN 'aws'
        WHEN 'microsoft' THEN 'azure' WHEN 'microsoft azure' THEN 'azure' WHEN 'azure' THEN 'azure'
        WHEN 'google' THEN 'gcp' WHEN 'google cloud' THEN 'gcp' WHEN 'google cloud platform' THEN 'gcp'
        WHEN 'gcp' THEN 'gcp'
        ELSE coalesce(nullif(trim(regexp_replace(lower(trim(name)), '[^a-z0-9]+', '-', 'g'), '-'), ''),
                      'unknown') END;

-- A unit that counts LLM tokens: Tokens, 1000 Tokens, 1000000 Tokens. Not Token-Hours (cache
-- storage) and not the singular Token of 1.2 virtual currencies.
CREATE OR REPLACE TEMP MACRO tl_is_token_unit(u) AS regexp_full_match(u, '(\d+ )?tokens', 'i');

-- The count in front of a unit: 1000000 for "1000000 Tokens", 1 for "Tokens".
CREATE OR REPLACE TEMP MACRO tl_unit_size(u) AS
    coalesce(TRY_CAST(regexp_extract(u, '^(\d+) ', 1) AS DECIMAL(38,0)), 1);

-- The disjoint token bucket (DOMAIN.md 1.1) of a token line: from SkuPriceDetails' TokenDirection and
-- TokenCacheAction, or the older TokenType, else from the meter's words (Azure "cached Inp", Vertex
-- "Thinking Text Output"). A cache write without a stated TTL counts as a 5-minute write.
CREATE OR REPLACE TEMP MACRO tl_token_bucket(direction, cache_action, token_type, meter) AS
    CASE
        WHEN lower(token_type) = 'input' THEN 'in_uncached'
        WHEN lower(token_type) = 'output' THEN 'out_text'
        WHEN lower(token_type) IN ('cacheread', 'cache read') THEN 'in_cache_read'
        WHEN lower(token_type) IN ('cachewrite', 'cache write') THEN 'in_cache_write_5m'
        WHEN lower(direction) = 'input' THEN
            CASE lower(coalesce(cache_action, 'uncached'))
                WHEN 'read' THEN 'in_cache_read'
                WHEN 'write' THEN
                    CASE WHEN regexp_matches(lower(meter), '1 ?h|hour') THEN 'in_cache_write_1h'
                         ELSE 'in_cache_write_5m' END
                ELSE 'in_uncached' END
        WHEN lower(direction) = 'output' THEN
            CASE WHEN regexp_matches(lower(meter), 'think|reason') THEN 'out_reasoning' ELSE 'out_text' END
        WHEN regexp_matches(lower(meter), 'storage') THEN NULL
        WHEN regexp_matches(lower(meter), 'cach') AND regexp_matches(lower(meter), 'write|creat') THEN
            CASE WHEN regexp_matches(lower(meter), '1 ?h|hour') THEN 'in_cache_write_1h'
                 ELSE 'in_cache_write_5m' END
        WHEN regexp_matches(lower(meter), 'cach') THEN 'in_cache_read'
        WHEN regexp_matches(lower(meter), 'think|reason') THEN 'out_reasoning'
        WHEN regexp_matches(lower(meter), 'outp') THEN 'out_text'
        WHEN regexp_matches(lower(meter), 'inp') THEN 'in_uncached'
    END;

-- The service tier a token line was billed at, from the words of its meter or price id.
CREATE OR REPLACE TEMP MACRO tl_service_tier(meter, price_id) AS
    CASE WHEN regexp_matches(lower(coalesce(meter, '') || ' ' || coalesce(price_id, '')), 'batch') THEN 'batch'
         WHEN regexp_matches(lower(coalesce(meter, '') || ' ' || coalesce(price_id, '')), 'priority') THEN 'priority'
         WHEN regexp_matches(lower(coalesce(meter, '') || ' ' || coalesce(price_id, '')), 'flex') THEN 'flex'
         ELSE 'standard' END;
