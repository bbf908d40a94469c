-- V011: GPU metrics of self-hosted endpoints, for utilisation, idle share and idle cost.

-- One sample per GPU and time from nvidia-smi --query-gpu ... --format=csv logs. Values are stored
-- without their units; a value the tool could not read ([N/A], [Not Supported]) is NULL.
CREATE TABLE gpu_samples (
    import_id               INTEGER NOT NULL,
    source_line             BIGINT NOT NULL,
    host                    VARCHAR,            -- the hostname (nvidia-smi_<host>.csv), if known
    gpu_index               INTEGER,
    gpu_uuid                VARCHAR,
    gpu_name                VARCHAR,            -- model, such as NVIDIA L4
    pci_bus_id              VARCHAR,
    sample_time             TIMESTAMPTZ NOT NULL,
    utilization_pct         DECIMAL(5,2),       -- utilization.gpu [%]
    memory_utilization_pct  DECIMAL(5,2),       -- utilization.memory [%]
    memory_total_mib        BIGINT,
    memory_used_mib         BIGINT,
    power_w                 DECIMAL(9,2)        -- power.draw [W]
);

-- Which endpoint and instance each GPU belongs to and what an hour of it costs.
CREATE TABLE gpu_inventory (
    import_id       INTEGER NOT NULL,
    source_line     BIGINT NOT NULL,
    endpoint        VARCHAR NOT NULL,
    hostname        VARCHAR,
    instance_id     VARCHAR,
    instance_type   VARCHAR,
    region          VARCHAR,
    gpu_index       INTEGER,
    gpu_uuid        VARCHAR NOT NULL,
    gpu_name        VARCHAR,
    hourly_cost     DECIMAL(38,10),
    currency        VARCHAR,
    running_from    TIMESTAMPTZ,
    running_to      TIMESTAMPTZ             -- exclusive; NULL = still running
);
