-- Deploy mlb:staging/batch_cut
-- A promotion's memory grows with what its batch states (issue 30): a backend promoting
-- 200 line histories (about 40 MB of bodies) held about 1 GB, and the cron's batch of 500
-- would have held 2.5 GB. A batch is cut where its bodies pass pipeline.batch_max_bytes:
-- the raw rows' own body_bytes, counted in promotion order, never fewer than one row.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.settings (key, value, default_value, description, value_type, min_value, max_value)
VALUES ('pipeline.batch_max_bytes', '8388608', '8388608',
        'Bytes of raw bodies one promotion run promotes at once (body_bytes, in promotion order; never fewer than one row): what bounds a promotion backend''s memory, about 25 times this. The rest of the rows it took go back to the queue for the next run.',
        'integer', 65536, 1073741824)
ON CONFLICT (key) DO NOTHING;

CREATE OR REPLACE FUNCTION staging.batch_cut(p_tables text[], p_ids bigint[], p_max_bytes bigint) RETURNS int
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, raw_data
AS $$
DECLARE
  v_table text;
  v_sizes bigint[];
  v_pos int;
  v_bytes bigint;
  v_sum bigint := 0;
BEGIN
  IF cardinality(p_ids) IS NULL OR cardinality(p_ids) = 0 THEN
    RETURN 0;  -- a run that took nothing (another worker had the rows)
  END IF;
  v_sizes := array_fill(0::bigint, ARRAY[cardinality(p_ids)]);
  -- Each row's body size, read from its own table (only the tables listed as payload tables).
  FOR v_table IN SELECT DISTINCT t FROM unnest(p_tables) t JOIN raw_data.payload_tables pt ON pt.raw_table = t LOOP
    FOR v_pos, v_bytes IN EXECUTE format(
        'SELECT b.pos, r.body_bytes FROM unnest($1, $2) WITH ORDINALITY AS b(t, i, pos)
           JOIN raw_data.%I r ON r.id = b.i WHERE b.t = $3', v_table)
      USING p_tables, p_ids, v_table LOOP
      v_sizes[v_pos] := v_bytes;
    END LOOP;
  END LOOP;
  FOR v_pos IN 1 .. cardinality(p_ids) LOOP
    v_sum := v_sum + v_sizes[v_pos];
    IF v_sum > p_max_bytes AND v_pos > 1 THEN
      RETURN v_pos - 1;
    END IF;
  END LOOP;
  RETURN cardinality(p_ids);
END
$$;
COMMENT ON FUNCTION staging.batch_cut(text[], bigint[], bigint) IS 'How many of the raw rows a promotion took (tables and ids in promotion order) it promotes at once: as many as fit p_max_bytes of bodies (each row''s body_bytes), never fewer than one. staging.promote_taken puts the rest back in the queue.';
REVOKE ALL ON FUNCTION staging.batch_cut(text[], bigint[], bigint) FROM PUBLIC;

COMMIT;
