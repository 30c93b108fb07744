-- Deploy mlb:staging/history_lane_queue
-- The queued line histories and their partition: payloads that state prices
-- but no games (raw_data.payload_tables: a lines parser and no games parser;
-- Action Network's /history, whose request key is the game's id) hang on games
-- the reference lane states, and split by a hash of that game.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION staging.history_lane_queue(p_workers int)
RETURNS TABLE (raw_table text, raw_id bigint, queued_at timestamptz, partition int)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT p.raw_table FROM raw_data.payload_tables p
            WHERE p.games_parser IS NULL AND p.lines_parser IS NOT NULL ORDER BY 1 LOOP
    -- Every payload of one game (its request key) is in one partition, so two workers never write one game.
    RETURN QUERY EXECUTE format(
      'SELECT q.raw_table, q.raw_id, q.queued_at, (abs(hashtext(coalesce(r.request_key, %L))::bigint) %% $1)::int
         FROM pipeline.promotion_queue q JOIN raw_data.%I r ON r.id = q.raw_id
        WHERE q.raw_table = %L', '', t, t)
      USING greatest(p_workers, 1);
  END LOOP;
END
$$;
COMMENT ON FUNCTION staging.history_lane_queue(int) IS 'The queued raw rows of the history lane (tables whose payloads state prices but no games: raw_data.payload_tables with a lines parser and no games parser, e.g. Action Network line histories) with their partition, hash of the request key (the game) mod p_workers: every payload of one game falls in one partition. The rest of the queue is the reference lane.';

COMMIT;
