-- pgTAP: the contract of change staging/line_movements (price and line changes).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(7);

SELECT has_view('staging', 'line_movements', 'staging.line_movements exists');
SELECT columns_are('staging', 'line_movements', ARRAY['game_id', 'sportsbook_id', 'market', 'side', 'source', 'previous_line', 'new_line', 'previous_price', 'new_price', 'moved_at', 'minutes_since_last_change', 'implied_probability_change', 'is_live', 'line_id', 'raw_table', 'raw_id', 'pipeline_run_id', 'outlet'], 'staging.line_movements has exactly its documented columns');
SELECT view_owner_is('staging', 'line_movements', 'mlb_owner', 'staging.line_movements is owned by mlb_owner');

-- Two outlets of one brand quote steady but different prices, interleaved in time: no move at all
-- (series per brand would see -110 -> -120 -> -110 -> -120). Then one outlet moves: one move.
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2032-03-03', '2032-03-03 23:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1,
        (SELECT max(id) FROM pipeline.runs));
INSERT INTO staging.betting_lines (game_id, sportsbook_id, outlet, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, o.outlet, 'moneyline', 'home', o.price, '2032-03-03 12:00Z'::timestamptz + o.after,
       'action_network', 1, 'action_network_odds', 1, now(), (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g, staging.sportsbooks b,
       (VALUES ('68', -110, interval '0 min'), ('1548', -120, interval '5 min'), ('68', -110, interval '10 min'),
               ('1548', -120, interval '15 min')) o(outlet, price, after)
 WHERE g.game_date = '2032-03-03' AND b.book_key = 'draftkings';
SELECT is((SELECT count(*)::int FROM staging.line_movements m JOIN staging.games g USING (game_id) WHERE g.game_date = '2032-03-03'),
          0, 'two outlets of one brand at different prices are two series, not moves between them');
INSERT INTO staging.betting_lines (game_id, sportsbook_id, outlet, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, '68', 'moneyline', 'home', -130, '2032-03-03 12:20Z', 'action_network', 1,
       'action_network_odds', 1, now(), (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g, staging.sportsbooks b WHERE g.game_date = '2032-03-03' AND b.book_key = 'draftkings';
SELECT is((SELECT string_agg(m.outlet || ' ' || m.previous_price || '->' || m.new_price || ' after ' || m.minutes_since_last_change, ', ')
             FROM staging.line_movements m JOIN staging.games g USING (game_id) WHERE g.game_date = '2032-03-03'),
          '68 -110->-130 after 20.0', 'one outlet''s move, timed from its own first observation');

-- A second move of that outlet is timed from the first move; an unchanged price seen again is no move.
INSERT INTO staging.betting_lines (game_id, sportsbook_id, outlet, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, b.sportsbook_id, '68', 'moneyline', 'home', o.price, o.at, 'action_network', 1,
       'action_network_odds', 1, now(), (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g, staging.sportsbooks b,
       (VALUES (-130, '2032-03-03 12:25Z'::timestamptz), (-150, '2032-03-03 12:32Z')) o(price, at)
 WHERE g.game_date = '2032-03-03' AND b.book_key = 'draftkings';
SELECT is((SELECT string_agg(m.previous_price || '->' || m.new_price || ' after ' || m.minutes_since_last_change, ', ' ORDER BY m.moved_at)
             FROM staging.line_movements m JOIN staging.games g USING (game_id) WHERE g.game_date = '2032-03-03'),
          '-110->-130 after 20.0, -130->-150 after 12.0', 'a later move is timed from the previous move, not the first observation');
SELECT is((SELECT m.implied_probability_change FROM staging.line_movements m JOIN staging.games g USING (game_id)
            WHERE g.game_date = '2032-03-03' AND m.new_price = -150),
          staging.american_to_implied_probability(-150) - staging.american_to_implied_probability(-130),
          'the probability change is new minus previous implied probability, exactly');

SELECT * FROM finish();
ROLLBACK;
