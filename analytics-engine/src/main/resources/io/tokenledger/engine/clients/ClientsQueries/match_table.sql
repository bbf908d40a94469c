-- Which usage client each revenue sheet client (name and id) is; filled from Java's matching.
CREATE OR REPLACE TEMP TABLE tl_client_match (
    revenue_client     VARCHAR NOT NULL,
    revenue_client_id  VARCHAR,
    client             VARCHAR NOT NULL
)
