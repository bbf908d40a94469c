CREATE OR REPLACE TEMP TABLE tl_price_model_map (
    provider      VARCHAR,
    model_raw     VARCHAR,
    model         VARCHAR,
    priced_model  VARCHAR,
    method        VARCHAR,
    detail        VARCHAR
)
