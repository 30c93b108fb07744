-- Deploy mlb:raw_data/recreate_payload_table
-- Issue 14: a raw table cannot become partitioned in place. This creates it
-- again in the shape raw_data.create_payload_table now gives (partitioned by
-- season, or, on revert, plain) and moves its rows across with their ids,
-- keeping every view and function that reads it (pipeline.replace_keeping_dependents).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION raw_data.recreate_payload_table(p_raw_table text) RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, raw_data, pipeline
AS $$
DECLARE
  v_old text := p_raw_table || '_replaced';
  v_sequence text := pg_get_serial_sequence(format('raw_data.%I', p_raw_table), 'id');
  v_ddl text;
  v_columns text;
  v_rows bigint;
  v_queued bigint[];
  v_last bigint;
  v_season text;
BEGIN
  -- The new table belongs to whoever creates it: only the old one's owner may.
  IF (SELECT c.relowner FROM pg_class c WHERE c.oid = format('raw_data.%I', p_raw_table)::regclass) <> current_user::regrole THEN
    RAISE EXCEPTION 'raw_data.% is created again by its owner only (SET ROLE %)', p_raw_table,
      (SELECT c.relowner::regrole FROM pg_class c WHERE c.oid = format('raw_data.%I', p_raw_table)::regclass)
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- The old table, its season partitions, their indexes, its constraints and identity sequence out of the
  -- way of the new names.
  v_ddl := (SELECT coalesce(string_agg(format('ALTER INDEX raw_data.%I RENAME TO %I;', c.relname, c.relname || '_replaced'), ''), '')
              FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
             WHERE i.indrelid = format('raw_data.%I', p_raw_table)::regclass
                OR i.indrelid IN (SELECT h.inhrelid FROM pg_inherits h WHERE h.inhparent = format('raw_data.%I', p_raw_table)::regclass))
        || (SELECT coalesce(string_agg(format('ALTER TABLE raw_data.%I RENAME TO %I;', c.relname, c.relname || '_replaced'), ''), '')
              FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid WHERE h.inhparent = format('raw_data.%I', p_raw_table)::regclass)
        || format('ALTER TABLE raw_data.%I RENAME TO %I;', p_raw_table, v_old)
        -- Checks and the foreign key too, whose generated names the new table would otherwise number.
        || (SELECT coalesce(string_agg(format('ALTER TABLE raw_data.%I RENAME CONSTRAINT %I TO %I;', v_old, k.conname, k.conname || '_replaced'), ''), '')
              FROM pg_constraint k WHERE k.conrelid = format('raw_data.%I', p_raw_table)::regclass AND k.contype IN ('c', 'f'))
        || format('ALTER SEQUENCE %s RENAME TO %I;', v_sequence, p_raw_table || '_id_seq_replaced')
        || format('SELECT raw_data.create_payload_table(%L);', p_raw_table);
  PERFORM pipeline.replace_keeping_dependents(format('raw_data.%I', p_raw_table)::regclass, v_ddl);

  -- The rows, with their ids; a partitioned table gets the partitions of their seasons first. A row keeps
  -- the season it was filed under; a row of a plain table is filed now (raw_data.request_season).
  v_columns := (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
                 WHERE a.attrelid = format('raw_data.%I', v_old)::regclass AND a.attnum > 0 AND NOT a.attisdropped
                   AND a.attname <> 'season');
  v_season := CASE WHEN EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = format('raw_data.%I', v_old)::regclass
                                   AND a.attname = 'season' AND NOT a.attisdropped) THEN 'season'
                   ELSE format('raw_data.request_season(%L, request_key, fetched_at)', p_raw_table) END;
  IF NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = format('raw_data.%I', p_raw_table)::regclass AND a.attname = 'season') THEN
    v_season := NULL;  -- a plain table (revert): the season stays behind
  END IF;
  IF v_season IS NOT NULL THEN
    EXECUTE format('SELECT raw_data.add_payload_partitions(%L, ARRAY(SELECT DISTINCT %s FROM raw_data.%I))', p_raw_table, v_season, v_old);
  END IF;
  v_queued := ARRAY(SELECT q.raw_id FROM pipeline.promotion_queue q WHERE q.raw_table = p_raw_table);
  EXECUTE format('INSERT INTO raw_data.%I (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM raw_data.%I', p_raw_table,
                 v_columns || CASE WHEN v_season IS NOT NULL THEN ', season' ELSE '' END,
                 v_columns || coalesce(', ' || v_season, ''), v_old);
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  -- Moved rows are not new: the insert queued them for promotion, the queue keeps only what it held before.
  DELETE FROM pipeline.promotion_queue q WHERE q.raw_table = p_raw_table AND q.raw_id <> ALL (v_queued);

  -- New ids continue where the old sequence was: after the last id it drew, or from its start if it drew none.
  EXECUTE format('SELECT greatest((SELECT max(id) FROM raw_data.%I), (SELECT last_value FROM raw_data.%I WHERE is_called))',
                 p_raw_table, p_raw_table || '_id_seq_replaced') INTO v_last;
  IF v_last IS NOT NULL THEN
    PERFORM setval(pg_get_serial_sequence(format('raw_data.%I', p_raw_table), 'id'), v_last);
  END IF;
  EXECUTE format('DROP TABLE raw_data.%I', v_old);
  RETURN v_rows;
END
$$;
REVOKE ALL ON FUNCTION raw_data.recreate_payload_table(text) FROM PUBLIC;
COMMENT ON FUNCTION raw_data.recreate_payload_table(text) IS 'Creates a listed raw payload table again in the shape raw_data.create_payload_table gives now (partitioned by season; plain on revert): the old table, its season partitions, their indexes, its constraints and identity sequence are renamed away, the new one is created, the views and SQL functions that read it are kept (pipeline.replace_keeping_dependents), the rows are moved with their ids (into the partitions of their seasons: the season a row was filed under, else raw_data.request_season) without leaving them queued for promotion again (the queue keeps what it held), new ids continue after the old sequence (from the start when it drew none), and the old table is dropped with its partitions. Returns how many rows it moved. For migrations, run as the table''s owner (anyone else is refused) in a transaction that has not stored rows in the table (their deferred checks would keep the old table from being dropped).';

COMMIT;
