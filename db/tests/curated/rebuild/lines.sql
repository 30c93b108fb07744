-- pgTAP: curated/rebuild/lines (curated rebuild step: open, close, latest): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(6);

-- Two outlets of one brand observed at the same instants with different prices: the open, close and
-- latest picks are the same whichever was stored first (line_id order), so promoting as data arrives,
-- by workers or by a rebuild from raw cannot change them.
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2032-04-04', '2032-04-04 23:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1,
        (SELECT max(id) FROM pipeline.runs));
CREATE FUNCTION pg_temp.store(p_outlets text[]) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  v text;
BEGIN
  DELETE FROM staging.betting_lines l USING staging.games g WHERE g.game_id = l.game_id AND g.game_date = '2032-04-04';
  INSERT INTO staging.betting_lines (game_id, sportsbook_id, outlet, market, side, american_price, observed_at, source,
                                     quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
  SELECT g.game_id, b.sportsbook_id, o.outlet, 'moneyline', 'home', CASE o.outlet WHEN '68' THEN -110 ELSE -125 END + m.k,
         '2032-04-04 12:00Z'::timestamptz + make_interval(mins => m.k), 'action_network', 1, 'action_network_odds', 1,
         '2032-04-04 22:30Z',
         (SELECT max(id) FROM pipeline.runs)
    FROM staging.games g, staging.sportsbooks b, unnest(p_outlets) o(outlet), generate_series(0, 2) m(k)
   WHERE g.game_date = '2032-04-04' AND b.book_key = 'draftkings';
  PERFORM curated.rebuild('2032-04-04');
  SELECT e.open_price || ' ' || e.close_price || ' ' || e.latest_price INTO v
    FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id) WHERE g.game_date = '2032-04-04';
  RETURN v;
END
$$;
CREATE TEMP TABLE picks AS SELECT pg_temp.store(ARRAY['68', '1548']) AS first, pg_temp.store(ARRAY['1548', '68']) AS second;
SELECT is((SELECT second FROM picks), (SELECT first FROM picks), 'the same picks whichever outlet was stored first');
SELECT ok((SELECT first FROM picks) IS NOT NULL, 'and there are picks');

-- A close is a quote on offer at first pitch (issue 28): VSIN showed Circa Sports at -118 once, at 16:05, 430 minutes
-- before first pitch (as the sample day has it); DraftKings' -131 was last shown at 22:50.
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2032-04-05', '2032-04-05 23:15Z', 'BOS', 'NYY', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1,
        (SELECT max(id) FROM pipeline.runs));
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, 'moneyline', 'home', o.price, o.at, o.source, 1, o.raw_table, o.raw, o.at, (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g, staging.sportsbooks b,
       (VALUES ('circa', -118, '2032-04-05 16:05Z'::timestamptz, 'vsin', 'vsin_pages', 31),
               ('draftkings', -131, '2032-04-05 22:50Z', 'sbd', 'sbd_responses', 32)) o(book, price, at, source, raw_table, raw)
 WHERE g.game_date = '2032-04-05' AND b.book_key = o.book;
SELECT curated.rebuild('2032-04-05');
SELECT results_eq($$SELECT b.book_key, e.close_price, e.close_refusal, e.close_confirmed_at, e.latest_price
                      FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id) JOIN staging.sportsbooks b USING (sportsbook_id)
                     WHERE g.game_date = '2032-04-05' ORDER BY 1$$,
  $$VALUES ('circa'::text, NULL::int, 'stale_quote'::text, '2032-04-05 16:05Z'::timestamptz, -118),
           ('draftkings', -131, NULL, '2032-04-05 22:50Z', -131)$$,
  'a quote last shown 430 minutes before first pitch is no close (stale_quote); one shown 25 minutes before is');
SELECT is((SELECT count(*)::int FROM curated.line_history WHERE game_date = '2032-04-05' AND is_close), 1,
  'the line history marks only the real close');
UPDATE pipeline.settings SET value = '480' WHERE key = 'lines.close_window_minutes';
SELECT curated.rebuild('2032-04-05');
SELECT results_eq($$SELECT b.book_key, e.close_price, e.close_refusal
                      FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id) JOIN staging.sportsbooks b USING (sportsbook_id)
                     WHERE g.game_date = '2032-04-05' ORDER BY 1$$,
  $$VALUES ('circa'::text, -118, NULL::text), ('draftkings', -131, NULL)$$,
  'the window is a setting: at 480 minutes the 16:05 quote counts');
SELECT is((SELECT close_hold FROM curated.betting_lines_enhanced e JOIN staging.games g USING (game_id)
            JOIN staging.sportsbooks b USING (sportsbook_id) WHERE g.game_date = '2032-04-05' AND b.book_key = 'draftkings'),
  NULL, 'one side alone has no hold');

SELECT * FROM finish();
ROLLBACK;
