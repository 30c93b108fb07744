-- Deploy mlb:raw_data/add_payload_partitions
-- Issue 14: every raw payload table is partitioned by season
-- (raw_data.request_season). A season's partition is created here, before its
-- first row: by raw_data.record_attempt when a row of a new season arrives,
-- and when a table is created or converted. It is made apart and attached, so
-- a promotion reading the table never holds up the agent storing a new season.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.locks (name, description) VALUES
  ('raw_data.payload_partitions', 'Held while a season''s partition of a raw payload table is created (raw_data.add_payload_partitions), so two sessions never create it twice.');

CREATE OR REPLACE FUNCTION raw_data.add_payload_partitions(p_raw_table text, p_seasons int[]) RETURNS int
LANGUAGE plpgsql
SET search_path = pg_catalog, raw_data, pipeline
AS $$
DECLARE
  v_season int;
  v_name text;
  v_count int := 0;
BEGIN
  FOR v_season IN SELECT DISTINCT s FROM unnest(p_seasons) s
                   WHERE s IS NOT NULL AND to_regclass(format('raw_data.%I', p_raw_table || '_' || s)) IS NULL ORDER BY 1 LOOP
    PERFORM pipeline.lock('raw_data.payload_partitions');
    v_name := p_raw_table || '_' || v_season;
    CONTINUE WHEN to_regclass(format('raw_data.%I', v_name)) IS NOT NULL;  -- created while this session waited
    -- Made apart and attached: ATTACH takes SHARE UPDATE EXCLUSIVE on the table, so promotions reading it
    -- and agents storing other seasons go on (CREATE TABLE ... PARTITION OF would take ACCESS EXCLUSIVE and
    -- wait for them). The attach adds the key, indexes, foreign key and row triggers of the table.
    EXECUTE format('CREATE TABLE raw_data.%I (LIKE raw_data.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING COMMENTS)',
                   v_name, p_raw_table);
    EXECUTE format('ALTER TABLE raw_data.%I ATTACH PARTITION raw_data.%I FOR VALUES IN (%s)', p_raw_table, v_name, v_season);
    EXECUTE format('COMMENT ON TABLE raw_data.%I IS %L', v_name,
                   format('The rows of raw_data.%s filed under season %s (raw_data.request_season): a partition, detached or archived whole (docs/operations.md, "Seasons").', p_raw_table, v_season));
    -- Row triggers come with the partition; TRUNCATE of the partition itself is refused here.
    EXECUTE format('CREATE TRIGGER refuse_truncate BEFORE TRUNCATE ON raw_data.%I
                    FOR EACH STATEMENT EXECUTE FUNCTION raw_data.refuse_change()', v_name);
    v_count := v_count + 1;
  END LOOP;
  RETURN v_count;
END
$$;
REVOKE ALL ON FUNCTION raw_data.add_payload_partitions(text, int[]) FROM PUBLIC;
COMMENT ON FUNCTION raw_data.add_payload_partitions(text, int[]) IS 'Creates the partitions of a raw payload table for the given seasons that do not exist yet (raw_data.sbd_betting_splits_2025 for its rows filed under 2025), made apart with the table''s columns, checks and column comments and attached (SHARE UPDATE EXCLUSIVE on the table: promotions reading it and inserts go on), with the refusal of TRUNCATE (UPDATE and DELETE are refused by the row triggers each partition takes from its table); under the lock raw_data.payload_partitions. Returns how many it created. Called by raw_data.record_attempt (SECURITY DEFINER, as the owner) and by db/upgrade/carry_over.sql.';

COMMIT;
