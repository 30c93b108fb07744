-- Deploy mlb:staging/batch_cut
-- A promotion's memory grows with what its batch states (issue 30): a backend promoting
-- 200 line histories (about 40 MB of bodies) held about 1 GB, and the cron's batch of 500
-- would have held 2.5 GB. A batch is cut where its bodies pass pipeline.batch_max_bytes:
-- the raw rows' own body_bytes, counted in promotion order, never fewer than one row.
-- 2 MB: the season by two workers took as long as with 8 MB (122.2 against 123.1 s) and a
-- worker peaked at 286 MB instead of 557 MB (VmHWM, with the shared buffers it touched).
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.settings (key, value, default_value, description, value_type, min_value, max_value)
VALUES ('pipeline.batch_max_bytes', '2097152', '2097152',
        'Bytes of raw bodies one promotion run promotes at once (body_bytes, in promotion order; never fewer than one row): what bounds a promotion backend''s memory (2 MB: a season''s worker peaked at 286 MB, 8 MB: 557 MB). The rest of the rows it took go back to the queue for the next run.',
        'integer', 65536, 1073741824)
ON CONFLICT (key) DO NOTHING;

CREATE OR REPLACE FUNCTION staging.batch_cut(p_tables text[], p_ids bigint[], p_max_bytes bigint) RETURNS int
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, raw_data
AS $$
DECLARE
  -- Each taken row's body size, read from its own table (one statement per payload table the batch holds).
  v_sizes text := (SELECT string_agg(format('SELECT b.pos, r.body_bytes FROM unnest($1, $2) WITH ORDINALITY AS b(t, i, pos)
                                               JOIN raw_data.%I r ON r.id = b.i WHERE b.t = %L', pt.raw_table, pt.raw_table),
                                     ' UNION ALL ')
                     FROM raw_data.payload_tables pt WHERE pt.raw_table = ANY (p_tables));
  v_keep int;
BEGIN
  IF coalesce(cardinality(p_ids), 0) = 0 THEN
    RETURN 0;  -- a run that took nothing (another worker had the rows)
  END IF;
  -- The rows, in promotion order, whose running sum of bodies is within the budget: never fewer than one.
  EXECUTE format('SELECT greatest(1, count(*) FILTER (WHERE s.running <= $3))::int
                    FROM (SELECT sum(coalesce(z.body_bytes, 0)) OVER (ORDER BY b.pos) AS running
                            FROM unnest($1, $2) WITH ORDINALITY AS b(t, i, pos)
                            LEFT JOIN (%s) z(pos, body_bytes) ON z.pos = b.pos) s',
                 coalesce(v_sizes, 'SELECT NULL::bigint, NULL::int WHERE false'))
    INTO v_keep USING p_tables, p_ids, p_max_bytes;
  RETURN v_keep;
END
$$;
COMMENT ON FUNCTION staging.batch_cut(text[], bigint[], bigint) IS 'How many of the raw rows a promotion took (tables and ids in promotion order) it promotes at once: as many as fit p_max_bytes of bodies (each row''s body_bytes), never fewer than one. staging.promote_taken puts the rest back in the queue.';
REVOKE ALL ON FUNCTION staging.batch_cut(text[], bigint[], bigint) FROM PUBLIC;

COMMIT;
