-- pgTAP: curated/rebuild/lines (curated rebuild step: open, close, latest): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(2);

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
         '2032-04-04 12:00Z'::timestamptz + make_interval(mins => m.k), 'action_network', 1, 'action_network_odds', 1, now(),
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

SELECT * FROM finish();
ROLLBACK;
