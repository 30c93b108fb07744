-- Upgrade by replay, step 2 of 2 (scripts/dev.sh upgrade; docs/operations.md, "Upgrading").
-- Staging and curated have been derived again from the raw rows step 1 carried over. This carries
-- over, in one transaction, what the user and the alert watcher wrote: every bet, onto the same
-- game (its New York date, clubs and game number) and book (its key), with its id; the alert
-- history (what was found and announced, and every webhook delivery) onto the signal found again,
-- or as it was when the rebuild no longer finds it; the retention log; and the user's
-- pipeline.auto_promotion. A bet whose game is gone stops the upgrade, nothing lost: the old
-- schemas are dropped only after this commits.
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE game_map ON COMMIT DROP AS
SELECT o.game_id AS old_id, n.game_id AS new_id
  FROM upgrade_from_staging.games o
  JOIN staging.games n USING (game_date, home_team, away_team, game_number);

DO $$
DECLARE
  v_lost text;
BEGIN
  SELECT string_agg(format('bet %s (%s %s@%s)', b.bet_id, g.game_date, g.away_team, g.home_team), ', ')
    INTO v_lost
    FROM upgrade_from_curated.user_bets b
    JOIN upgrade_from_staging.games g USING (game_id)
   WHERE NOT EXISTS (SELECT 1 FROM game_map m WHERE m.old_id = b.game_id);
  IF v_lost IS NOT NULL THEN
    RAISE EXCEPTION 'upgrade stopped: the replayed raw data no longer states the game of %', v_lost
      USING HINT = 'Nothing was dropped: the previous deployment is in the schemas upgrade_from_*.';
  END IF;
END
$$;

INSERT INTO curated.user_bets (bet_id, bettor, game_id, market, side, line, american_price, decimal_price, price_format,
                               stake, sportsbook_id, placed_at, note, created_at)
OVERRIDING SYSTEM VALUE
SELECT b.bet_id, b.bettor, m.new_id, b.market, b.side, b.line, b.american_price, b.decimal_price, b.price_format,
       b.stake, n.sportsbook_id, b.placed_at, b.note, b.created_at
  FROM upgrade_from_curated.user_bets b
  JOIN game_map m ON m.old_id = b.game_id
  JOIN upgrade_from_staging.sportsbooks ob ON ob.sportsbook_id = b.sportsbook_id
  JOIN staging.sportsbooks n ON n.book_key = ob.book_key
 ORDER BY b.bet_id;
SELECT setval(pg_get_serial_sequence('curated.user_bets', 'bet_id'),
              greatest((SELECT max(bet_id) FROM curated.user_bets),
                       pg_sequence_last_value(pg_get_serial_sequence('upgrade_from_curated.user_bets', 'bet_id')), 1));

-- The alert history: a signal found again takes its first finding (when, what was announced, or
-- why not); one no longer found is kept as it was. Deliveries follow their alert.
CREATE TEMP TABLE alert_map ON COMMIT DROP AS
SELECT o.alert_id AS old_id, n.alert_id AS new_id
  FROM upgrade_from_pipeline.signal_alerts o
  JOIN game_map m ON m.old_id = o.game_id
  JOIN pipeline.signal_alerts n ON n.game_id = m.new_id AND n.market = o.market AND n.side = o.side
                               AND n.signal = o.signal;
UPDATE pipeline.signal_alerts n
   SET known_at = o.known_at, strength = o.strength, payload = o.payload, found_at = o.found_at,
       announced = o.announced, not_announced_reason = o.not_announced_reason
  FROM alert_map a JOIN upgrade_from_pipeline.signal_alerts o ON o.alert_id = a.old_id
 WHERE n.alert_id = a.new_id;
WITH kept AS (
  INSERT INTO pipeline.signal_alerts (game_id, market, side, signal, known_at, strength, payload, found_at, announced,
                                      not_announced_reason)
  SELECT m.new_id, o.market, o.side, o.signal, o.known_at, o.strength, o.payload, o.found_at, o.announced,
         o.not_announced_reason
    FROM upgrade_from_pipeline.signal_alerts o
    JOIN game_map m ON m.old_id = o.game_id
   WHERE o.alert_id NOT IN (SELECT old_id FROM alert_map)
   ORDER BY o.alert_id
  RETURNING alert_id, game_id, market, side, signal
)
INSERT INTO alert_map (old_id, new_id)
SELECT o.alert_id, k.alert_id
  FROM kept k JOIN game_map m ON m.new_id = k.game_id
  JOIN upgrade_from_pipeline.signal_alerts o ON o.game_id = m.old_id AND o.market = k.market AND o.side = k.side
                                           AND o.signal = k.signal;
INSERT INTO pipeline.alert_deliveries (alert_id, webhook, attempt, attempted_at, status_code, error, delivered)
SELECT a.new_id, d.webhook, d.attempt, d.attempted_at, d.status_code, d.error, d.delivered
  FROM upgrade_from_pipeline.alert_deliveries d JOIN alert_map a ON a.old_id = d.alert_id
 ORDER BY d.delivery_id;

INSERT INTO pipeline.retention_log (ran_at, raw_table, older_than, rows_deleted, dry_run, requested_by, rows_kept)
SELECT ran_at, raw_table, older_than, rows_deleted, dry_run, requested_by, rows_kept
  FROM upgrade_from_pipeline.retention_log ORDER BY id;

UPDATE pipeline.settings n SET value = o.value
  FROM upgrade_from_pipeline.settings o
 WHERE n.key = 'pipeline.auto_promotion' AND o.key = n.key;

-- Nothing is lost: every raw row, attempt, bet and delivery is here, or the upgrade stops
-- before the previous deployment is dropped.
DO $$
DECLARE
  v_mismatch text;
  c record;
  v_before bigint;
BEGIN
  FOR c IN SELECT 'raw_data.' || n.raw_table AS name, n.row_count AS after,
                  format('SELECT count(*) FROM upgrade_from_raw_data.%I', n.raw_table) AS count_before
             FROM pipeline.raw_table_counts() n
            WHERE to_regclass(format('upgrade_from_raw_data.%I', n.raw_table)) IS NOT NULL
           UNION ALL
           SELECT 'raw_data.collection_log', (SELECT count(*) FROM raw_data.collection_log),
                  'SELECT count(*) FROM upgrade_from_raw_data.collection_log'
           UNION ALL
           SELECT 'curated.user_bets', (SELECT count(*) FROM curated.user_bets),
                  'SELECT count(*) FROM upgrade_from_curated.user_bets'
           UNION ALL
           SELECT 'pipeline.alert_deliveries', (SELECT count(*) FROM pipeline.alert_deliveries),
                  'SELECT count(*) FROM upgrade_from_pipeline.alert_deliveries' LOOP
    EXECUTE c.count_before INTO v_before;
    IF v_before <> c.after THEN
      v_mismatch := concat_ws('; ', v_mismatch, format('%s: %s before, %s after', c.name, v_before, c.after));
    END IF;
  END LOOP;
  IF v_mismatch IS NOT NULL THEN
    RAISE EXCEPTION 'upgrade stopped, counts differ: %', v_mismatch
      USING HINT = 'Nothing was dropped: the previous deployment is in the schemas upgrade_from_*.';
  END IF;
END
$$;

-- Done: a resumed upgrade skips this step.
INSERT INTO upgrade_from_pipeline.upgrade_steps (step) VALUES ('user_data');

COMMIT;
