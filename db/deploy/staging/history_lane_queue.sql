-- Deploy mlb:staging/history_lane_queue
-- The queued line histories and their partition: payloads that state prices
-- but no games (raw_data.payload_tables: a lines parser and no games parser;
-- Action Network's /history, whose request key is the game's id) hang on games
-- the reference lane states, and split by a hash of that game into the 8
-- partitions of pipeline.promotion_partitions, whatever the number of workers.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.history_lane_queue()
RETURNS TABLE (raw_table text, raw_id bigint, queued_at timestamptz, partition int)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
DECLARE
  t text;
  v_partitions int := (SELECT count(*) FROM pipeline.promotion_partitions);
BEGIN
  FOR t IN SELECT p.raw_table FROM raw_data.payload_tables p
            WHERE p.games_parser IS NULL AND p.lines_parser IS NOT NULL ORDER BY 1 LOOP
    -- Every payload of one game (its request key) is in one partition, so two workers never write one game.
    RETURN QUERY EXECUTE format(
      'SELECT q.raw_table, q.raw_id, q.queued_at, (abs(hashtext(coalesce(r.request_key, %L))::bigint) %% $1)::int
         FROM pipeline.promotion_queue q JOIN raw_data.%I r ON r.id = q.raw_id
        WHERE q.raw_table = %L', '', t, t)
      USING v_partitions;
  END LOOP;
END
$$;
COMMENT ON FUNCTION staging.history_lane_queue() IS 'The queued raw rows of the history lane (tables whose payloads state prices but no games: raw_data.payload_tables with a lines parser and no games parser, e.g. Action Network line histories) with their partition, hash of the request key (the game) mod the 8 rows of pipeline.promotion_partitions: every payload of one game falls in one partition, and the partitions do not depend on how many workers run. The rest of the queue is the reference lane.';

COMMIT;
