-- Upgrade by replay, step 1 of 2 (scripts/dev.sh upgrade; docs/operations.md, "Upgrading").
-- The previous deployment's schemas were renamed upgrade_from_raw_data, upgrade_from_staging,
-- upgrade_from_curated and upgrade_from_pipeline, and the current plan was deployed beside them.
-- This carries over, in one transaction, what cannot be derived and what derivation depends on:
-- every collection attempt and every raw payload row byte for byte with its id, the request keys,
-- the team and sportsbook aliases and the sportsbooks the user added, the strategies the user added
-- (and whether each strategy is active), and the settings the user changed. Promotion then derives staging and curated from raw again; step 2 carries the user's
-- bets and the alert history onto the rebuilt games.
\set ON_ERROR_STOP on
BEGIN;

-- Columns both versions have, in the new table's order; a column the old one lacks takes its default.
CREATE FUNCTION pg_temp.shared_columns(p_old regclass, p_new regclass, p_except name[] DEFAULT '{}') RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT string_agg(quote_ident(n.attname), ', ' ORDER BY n.attnum)
    FROM pg_attribute n
    JOIN pg_attribute o ON o.attrelid = p_old AND o.attname = n.attname AND o.attnum > 0 AND NOT o.attisdropped
   WHERE n.attrelid = p_new AND n.attnum > 0 AND NOT n.attisdropped AND n.attgenerated = ''
     AND n.attname <> ALL (p_except)
$$;

-- The promotion jobs wait until the replay is promoted in one go (scripts/dev.sh upgrade);
-- step 2 gives the switch the user's value back.
UPDATE pipeline.settings SET value = 'false' WHERE key = 'pipeline.auto_promotion';

-- Every collection attempt, with its id.
DO $$
DECLARE
  v_cols text := pg_temp.shared_columns('upgrade_from_raw_data.collection_log', 'raw_data.collection_log');
BEGIN
  EXECUTE format('INSERT INTO raw_data.collection_log (%1$s) OVERRIDING SYSTEM VALUE
                  SELECT %1$s FROM upgrade_from_raw_data.collection_log ORDER BY id', v_cols);
  PERFORM setval(pg_get_serial_sequence('raw_data.collection_log', 'id'),
                 greatest((SELECT max(id) FROM raw_data.collection_log),
                          pg_sequence_last_value(pg_get_serial_sequence('upgrade_from_raw_data.collection_log', 'id')), 1));
END
$$;

-- Every raw payload row of every listed table, with its id and the season it was filed under
-- (computed as raw_data.record_attempt files it when the old table has no season column); the
-- insert queues each row for promotion, in id order.
DO $$
DECLARE
  t text;
  v_old regclass;
  v_cols text;
  v_season text;
  v_seasons int[];
BEGIN
  FOR t IN SELECT p.raw_table FROM raw_data.payload_tables p ORDER BY p.promotion_order, p.raw_table LOOP
    v_old := to_regclass(format('upgrade_from_raw_data.%I', t));
    CONTINUE WHEN v_old IS NULL;
    v_cols := pg_temp.shared_columns(v_old, format('raw_data.%I', t)::regclass, '{season}');
    v_season := CASE WHEN EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = v_old AND a.attname = 'season'
                                                            AND NOT a.attisdropped)
                     THEN 'season' ELSE format('raw_data.request_season(%L, request_key, fetched_at)', t) END;
    EXECUTE format('SELECT array_agg(DISTINCT %s) FROM %s', v_season, v_old) INTO v_seasons;
    -- As the tables' owner, as raw_data.record_attempt makes them: the upgrade runs as a superuser, whose
    -- partitions mlb_owner would not own.
    SET LOCAL ROLE mlb_owner;
    PERFORM raw_data.add_payload_partitions(t, coalesce(v_seasons, '{}'));
    RESET ROLE;
    EXECUTE format('INSERT INTO raw_data.%1$I (%2$s, season) OVERRIDING SYSTEM VALUE
                    SELECT %2$s, %3$s FROM %4$s ORDER BY id', t, v_cols, v_season, v_old);
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%1$L, ''id''), greatest((SELECT max(id) FROM raw_data.%2$I),
                           pg_sequence_last_value(pg_get_serial_sequence(%3$L, ''id'')), 1))',
                   format('raw_data.%I', t), t, v_old::text);
    EXECUTE format('INSERT INTO raw_data.request_keys (raw_table, request_key)
                    SELECT DISTINCT %L, request_key FROM raw_data.%I ON CONFLICT DO NOTHING', t, t);
  END LOOP;
END
$$;

-- The sportsbooks, sportsbook names and team aliases the user added beside the reference rows
-- (a row the reference data now has is the reference row).
INSERT INTO staging.sportsbooks (book_key, name, is_bettable, kind)
SELECT o.book_key, o.name, o.is_bettable, o.kind FROM upgrade_from_staging.sportsbooks o
 WHERE o.book_key NOT IN (SELECT book_key FROM staging.sportsbooks) ORDER BY o.sportsbook_id;
INSERT INTO staging.sportsbook_name_aliases (alias, sportsbook_id)
SELECT o.alias, n.sportsbook_id
  FROM upgrade_from_staging.sportsbook_name_aliases o
  JOIN upgrade_from_staging.sportsbooks ob USING (sportsbook_id)
  JOIN staging.sportsbooks n ON n.book_key = ob.book_key
ON CONFLICT DO NOTHING;
INSERT INTO staging.team_aliases (source, alias, team_code, valid_from, valid_to, note)
SELECT o.source, o.alias, o.team_code, o.valid_from, o.valid_to, o.note FROM upgrade_from_staging.team_aliases o
 WHERE o.source IN (SELECT source FROM raw_data.sources) AND o.team_code IN (SELECT team_code FROM staging.teams)
ON CONFLICT DO NOTHING;

-- The strategies the user added; a built-in one keeps today's definition and the user's on/off.
DO $$
DECLARE
  v_cols text := pg_temp.shared_columns('upgrade_from_curated.strategies', 'curated.strategies');
BEGIN
  EXECUTE format('INSERT INTO curated.strategies (%1$s) SELECT %1$s FROM upgrade_from_curated.strategies
                   WHERE strategy_key NOT IN (SELECT strategy_key FROM curated.strategies) ORDER BY strategy_key', v_cols);
  UPDATE curated.strategies n SET is_active = o.is_active
    FROM upgrade_from_curated.strategies o WHERE o.strategy_key = n.strategy_key AND o.is_active <> n.is_active;
END
$$;

-- The settings the user changed (value unlike the old default) that still exist and still fit
-- their type and range; one that no longer fits keeps today's default and is named.
DO $$
DECLARE
  s record;
BEGIN
  FOR s IN SELECT o.key, o.value FROM upgrade_from_pipeline.settings o
            JOIN pipeline.settings n USING (key)
           WHERE o.value IS DISTINCT FROM o.default_value ORDER BY o.key LOOP
    BEGIN
      IF s.key = 'pipeline.auto_promotion' THEN
        CONTINUE;  -- given back by step 2
      END IF;
      UPDATE pipeline.settings SET value = s.value, updated_at = now() WHERE key = s.key;
      RAISE NOTICE 'setting % carried over: %', s.key, s.value;
    EXCEPTION WHEN check_violation OR invalid_parameter_value OR raise_exception THEN
      RAISE WARNING 'setting % = % no longer fits (%): today''s default is kept', s.key, s.value, SQLERRM;
    END;
  END LOOP;
END
$$;

-- Done: a resumed upgrade skips this step.
INSERT INTO upgrade_from_pipeline.upgrade_steps (step) VALUES ('sources');

COMMIT;
