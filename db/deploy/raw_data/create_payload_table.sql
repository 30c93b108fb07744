-- Deploy mlb:raw_data/create_payload_table
-- Creates a listed raw payload table.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Payload tables share one shape; each source's file lists its tables in
-- raw_data.payload_tables and calls this to create them.
CREATE OR REPLACE FUNCTION raw_data.create_payload_table(p_raw_table text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, raw_data
AS $$
DECLARE
  v_description text := (SELECT t.description FROM raw_data.payload_tables t WHERE t.raw_table = p_raw_table);
BEGIN
  IF v_description IS NULL THEN
    RAISE EXCEPTION 'raw table % is not listed in raw_data.payload_tables', p_raw_table
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  EXECUTE format($f$
    CREATE TABLE raw_data.%1$I (
      id bigint GENERATED ALWAYS AS IDENTITY,
      collection_log_id bigint NOT NULL REFERENCES raw_data.collection_log (id) DEFERRABLE INITIALLY DEFERRED,
      request_key text NOT NULL,
      request_params jsonb NOT NULL DEFAULT '{}',
      source_url text,
      fetched_at timestamptz NOT NULL,
      http_status int,
      content_type text,
      payload jsonb,
      body_text text,
      body_sha256 text NOT NULL CHECK (body_sha256 ~ '^[0-9a-f]{64}$'),
      body_bytes int NOT NULL CHECK (body_bytes >= 0),
      agent_version text,
      inserted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      body bytea,
      season int NOT NULL CHECK (season BETWEEN 1876 AND 2999),
      PRIMARY KEY (id, season),
      CHECK (payload IS NOT NULL OR body_text IS NOT NULL),
      CHECK (body IS NULL OR encode(sha256(body), 'hex') = body_sha256)
    ) PARTITION BY LIST (season)$f$, p_raw_table);
  EXECUTE format('CREATE INDEX %I ON raw_data.%I (request_key, id DESC)', p_raw_table || '_request_key_idx', p_raw_table);
  EXECUTE format('CREATE INDEX %I ON raw_data.%I (fetched_at)', p_raw_table || '_fetched_at_idx', p_raw_table);
  EXECUTE format('COMMENT ON TABLE raw_data.%I IS %L', p_raw_table, v_description);
  EXECUTE format($c$
    COMMENT ON COLUMN raw_data.%1$I.id IS 'Raw row id: the lineage key staging and curated rows carry.';
    COMMENT ON COLUMN raw_data.%1$I.collection_log_id IS 'The collection attempt that stored this row.';
    COMMENT ON COLUMN raw_data.%1$I.request_key IS 'What was asked for (date, game id, view or file name); dedupe is per request key.';
    COMMENT ON COLUMN raw_data.%1$I.request_params IS 'Request parameters as sent (secrets removed).';
    COMMENT ON COLUMN raw_data.%1$I.source_url IS 'URL fetched, secrets redacted; the file path for imports.';
    COMMENT ON COLUMN raw_data.%1$I.fetched_at IS 'When the body was received (original time for replays).';
    COMMENT ON COLUMN raw_data.%1$I.http_status IS 'HTTP status of the response that carried this body; NULL for files.';
    COMMENT ON COLUMN raw_data.%1$I.content_type IS 'Content-Type the source declared.';
    COMMENT ON COLUMN raw_data.%1$I.payload IS 'The body as JSONB when it is valid JSON; for HTML and spreadsheets, the agent''s lossless JSON rendering of its tables or cells.';
    COMMENT ON COLUMN raw_data.%1$I.body_text IS 'The body verbatim when it is not JSON (HTML pages, error pages, truncated bodies), so nothing is thrown away.';
    COMMENT ON COLUMN raw_data.%1$I.body_sha256 IS 'SHA-256 (hex) of the body bytes exactly as received; equal hashes mean an unchanged body.';
    COMMENT ON COLUMN raw_data.%1$I.body_bytes IS 'Size of the body in bytes.';
    COMMENT ON COLUMN raw_data.%1$I.agent_version IS 'Version of mlb-agent that stored the row.';
    COMMENT ON COLUMN raw_data.%1$I.inserted_at IS 'When the row was inserted.';
    COMMENT ON COLUMN raw_data.%1$I.body IS 'The body''s bytes exactly as received (for imports, the file); a CHECK holds its SHA-256 to body_sha256. NULL only for rows stored before raw became byte-exact.';
    COMMENT ON COLUMN raw_data.%1$I.season IS 'The season the row is filed under, and so its partition (raw_data.request_season: the year of the date leading the request key, else the year the table''s season reader reads from it, else the New York year of the fetch). Ids are drawn by the table''s one identity sequence, so an id is unique across seasons too.';
  $c$, p_raw_table);
  -- Raw rows are kept forever: no UPDATE, DELETE or TRUNCATE (the row triggers reach every partition;
  -- raw_data.add_payload_partitions refuses TRUNCATE of a partition itself).
  EXECUTE format('CREATE TRIGGER refuse_update_delete BEFORE UPDATE OR DELETE ON raw_data.%I
                  FOR EACH ROW EXECUTE FUNCTION raw_data.refuse_change()', p_raw_table);
  EXECUTE format('CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON raw_data.%I
                  FOR EACH STATEMENT EXECUTE FUNCTION raw_data.refuse_change()', p_raw_table);
  -- Every insert queues its rows for promotion.
  EXECUTE format('CREATE TRIGGER enqueue_for_promotion AFTER INSERT ON raw_data.%I
                  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
                  EXECUTE FUNCTION pipeline.enqueue_new_raw_rows()', p_raw_table);
  -- The agent writes only through raw_data.record_attempt(); it may read the dedupe columns.
  EXECUTE format('GRANT SELECT (id, request_key, body_sha256, fetched_at) ON raw_data.%I TO mlb_agent', p_raw_table);
END
$$;
COMMENT ON FUNCTION raw_data.create_payload_table(text) IS 'Creates the raw payload table a raw_data.payload_tables row lists, partitioned by season (LIST on the column season; its partitions are created by raw_data.add_payload_partitions as rows of a season arrive): the common columns, the key (id, season), request-key and fetch-time indexes, comments, the body''s bytes with a hash check, the append-only triggers, the promotion-queue trigger, and the agent''s read of the dedupe columns; no write grant (the agent writes through raw_data.record_attempt()). Called by each source''s deploy script.';

COMMIT;
