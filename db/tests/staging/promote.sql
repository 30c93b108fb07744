-- promote(): matching, doubleheaders, home/away, every rule quarantining with a
-- reason while the rest of the batch promotes, idempotence, rebuild, lineage.
BEGIN;
SELECT plan(33);

-- Only what this test queues.
DELETE FROM pipeline.promotion_queue;

SELECT raw_data.record_attempt('action_network', 'books', 'action_network_books', 'tap-books', now(), now(),
  p_http_status => 200, p_body => '{"books": [{"id": 68, "display_name": "DK NJ", "parent_name": "DraftKings"},
                                              {"id": 15, "display_name": "Consensus"},
                                              {"id": 4242, "display_name": "Some New Book NJ", "parent_name": "Some New Book"}]}');
SELECT raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', '2024-04-01', '2024-04-02 08:00Z', '2024-04-02 08:00Z',
  p_http_status => 200, p_body => $j${"dates": [{"date": "2024-04-01", "games": [
   {"gamePk": 900001, "gameDate": "2024-04-01T17:05:00Z", "gameNumber": 1, "doubleHeader": "S", "status": {"codedGameState": "F"},
    "teams": {"home": {"team": {"id": 112}, "score": 5}, "away": {"team": {"id": 134}, "score": 3}}, "linescore": {"currentInning": 9}},
   {"gamePk": 900002, "gameDate": "2024-04-01T22:40:00Z", "gameNumber": 2, "doubleHeader": "S", "status": {"codedGameState": "F"},
    "teams": {"home": {"team": {"id": 112}, "score": 2}, "away": {"team": {"id": 134}, "score": 4}}, "linescore": {"currentInning": 10}},
   {"gamePk": 900003, "gameDate": "2024-04-01T23:05:00Z", "gameNumber": 1, "status": {"codedGameState": "D"},
    "teams": {"home": {"team": {"id": 147}}, "away": {"team": {"id": 121}}}},
   {"gamePk": 900004, "gameDate": "2024-04-01T23:10:00Z", "gameNumber": 1, "status": {"codedGameState": "S"},
    "teams": {"home": {"team": {"id": 147}}, "away": {"team": {"id": 999}}}}]}]}$j$);
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', '2024-04-01', '2024-04-01 16:00Z', '2024-04-01 16:00Z',
  p_http_status => 200, p_body => $j${"games": [
   {"_id": "T1-MLB-PIT@CHC", "date": "2024-04-01T17:05:00.000Z", "home": {"code": "CHC"}, "away": {"code": "PIT"},
    "sportsbooks": [
      {"name": "draftkings", "odds": {
        "moneyline": {"away": {"american": "+120"}, "home": {"american": "-140"}, "middle": {"american": "+300"}},
        "spread": {"away": {"points": "+1.5", "odds": {"american": "-170"}}, "home": {"points": "-1.5", "odds": {"american": "+150"}}},
        "total": {"over": {"points": "8.5", "odds": {"american": "-110"}}, "under": {"points": "9", "odds": {"american": "-110"}}}}},
      {"name": "fanduel", "odds": {"moneyline": {"away": {"american": "abc"}, "home": {"american": "EVEN"}}}},
      {"name": "bet365", "odds": {"moneyline": {"away": {"american": ""}, "home": {"american": ""}}}},
      {"name": "betmgm", "odds": {"moneyline": {"away": {"american": "+50"}, "home": {"american": "-120"}}}}],
    "bettingSplits": {"moneyline": {"updated": "2024-04-01T15:58:00.000Z",
                                    "home": {"bets": 700, "betsPercentage": 70, "stakePercentage": 40},
                                    "away": {"bets": 300, "betsPercentage": 30, "stakePercentage": 60}},
                      "total": {"over": {"betsPercentage": 120, "stakePercentage": 50}, "under": {"betsPercentage": 20, "stakePercentage": 50}}}},
   {"_id": "T2-MLB-PIT@CHC", "date": "2024-04-01T22:40:00.000Z", "home": {"code": "CHC"}, "away": {"code": "PIT"},
    "sportsbooks": [{"name": "draftkings", "odds": {"moneyline": {"away": {"american": "+105"}, "home": {"american": "-125"}}}}]},
   {"_id": "T3-MLB-NYM@NYY", "date": "2024-04-01T23:05:00.000Z", "home": {"code": "NYY"}, "away": {"code": "NYM"},
    "sportsbooks": [{"name": "draftkings", "odds": {"moneyline": {"away": {"american": "+110"}, "home": {"american": "-130"}}}}]},
   {"_id": "T4-MLB-XXX@CHC", "date": "2024-04-01T23:30:00.000Z", "home": {"code": "CHC"}, "away": {"code": "XXX"},
    "sportsbooks": [{"name": "draftkings", "odds": {"moneyline": {"away": {"american": "+110"}, "home": {"american": "-130"}}}}]}]}$j$);
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-truncated', now(), now(),
  p_http_status => 200, p_body => '{"games": [{"_id": "T1-MLB-PIT@CHC", "home": {"co');
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-shape', now(), now(),
  p_http_status => 200, p_body => '{"games": {"T1-MLB-PIT@CHC": {}}}');
SELECT raw_data.record_attempt('action_network', 'scoreboard', 'action_network_games', '2024-04-01', '2024-04-01 15:00Z', '2024-04-01 15:00Z',
  p_http_status => 200, p_body => $j${"games": [{"id": 5551, "status": "scheduled", "start_time": "2024-04-01T17:05:00.000Z",
    "home_team_id": 206, "away_team_id": 203, "teams": [{"id": 203}, {"id": 206}], "markets": {}}]}$j$);
SELECT raw_data.record_attempt('action_network', 'history', 'action_network_odds', '5551', '2024-04-02 06:00Z', '2024-04-02 06:00Z',
  p_http_status => 200, p_body => $j${"68": {"event": {"moneyline": [{"side": "home", "odds": -140, "history": [
      {"odds": -130, "value": null, "updated_at": "2024-04-01T15:00:00.000Z"},
      {"odds": -130, "value": null, "updated_at": "2024-04-01T16:00:00.000Z"},
      {"odds": -140, "value": null, "updated_at": "2024-04-01T16:30:00.000Z"},
      {"odds": -145, "value": null, "updated_at": "2099-01-01T00:00:00.000Z"}]}]}}}$j$);

CREATE TEMP TABLE first_run AS SELECT * FROM staging.promote();
SELECT is((SELECT status FROM first_run), 'succeeded', 'promotion succeeds despite the bad records');
SELECT is((SELECT rows_in FROM first_run), 7, 'all seven raw rows were taken');
SELECT is((SELECT count(*)::int FROM pipeline.promotion_queue), 0, 'the queue is drained');

-- Games.
SELECT is((SELECT count(*)::int FROM staging.games WHERE game_date = '2024-04-01'), 3, 'three real games; the unknown team is not one');
SELECT results_eq($$SELECT game_pk, game_number, home_team, away_team, home_score, away_score FROM staging.games
   WHERE game_date = '2024-04-01' AND home_team = 'CHC' ORDER BY game_number$$,
  $$VALUES (900001, 1::smallint, 'CHC', 'PIT', 5, 3), (900002, 2::smallint, 'CHC', 'PIT', 2, 4)$$,
  'the doubleheader is two games with their own scores');
SELECT results_eq($$SELECT status, home_score FROM staging.games WHERE game_pk = 900003$$,
  $$VALUES ('postponed', NULL::int)$$, 'the postponed game has no score');
SELECT is((SELECT innings FROM staging.games WHERE game_pk = 900002), 10, 'extra innings are kept');
SELECT is((SELECT g.game_pk FROM staging.game_source_ids m JOIN staging.games g USING (game_id)
            WHERE m.source = 'sbd' AND m.source_game_id = 'T2-MLB-PIT@CHC'), 900002, 'the 22:40 SBD game is game 2, by start time');
SELECT is((SELECT g.game_pk FROM staging.game_source_ids m JOIN staging.games g USING (game_id)
            WHERE m.source = 'sbd' AND m.source_game_id = 'T1-MLB-PIT@CHC'), 900001, 'the 17:05 SBD game is game 1');
SELECT is((SELECT g.home_team || '/' || g.away_team FROM staging.game_source_ids m JOIN staging.games g USING (game_id)
            WHERE m.source = 'sbd' AND m.source_game_id = 'T3-MLB-NYM@NYY'), 'NYY/NYM', 'Mets at Yankees: no substring mix-up, home from the home field');
SELECT is((SELECT g.game_pk FROM staging.game_source_ids m JOIN staging.games g USING (game_id)
            WHERE m.source = 'action_network' AND m.source_game_id = '5551'), 900001, 'Action Network game matched by team ids and start');

-- Quarantine, with reasons.
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'unknown_team' AND source = 'mlb_stats_api'
           AND record_ref = 'game:900004' AND details->>'away' = '999'), 'unknown MLB team id is quarantined');
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'unknown_team' AND source = 'sbd'
           AND details->>'away' = 'XXX'), 'unknown SBD code is quarantined with the code');
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'unparseable_price' AND details->>'price' = 'abc'),
  'a garbage price is quarantined');
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'unknown_side' AND details->>'side' = 'middle'),
  'a side that is not home/away/over/under is quarantined');
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'price_between_minus_100_and_100' AND details->>'price' = '+50'),
  'a price between -100 and +100 is quarantined');
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'total_sides_differ' AND severity = 'warn'),
  'totals that differ between over and under are flagged');
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'percent_out_of_range' AND entity = 'split'),
  'a 120% split is quarantined');
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'observed_in_future'), 'a future timestamp is quarantined');
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'payload_not_json'
           AND raw_id = (SELECT id FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-truncated')),
  'a truncated payload is quarantined whole');
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'unexpected_payload_shape'
           AND details->>'expected' = 'an object with a games array'
           AND raw_id = (SELECT id FROM raw_data.sbd_betting_splits WHERE request_key = 'tap-shape')),
  'JSON without the games array is quarantined whole, saying what was expected');
SELECT ok(EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'unknown_book_brand' AND details->>'brand' = 'Some New Book'),
  'a catalogue entry of a brand nobody maps is noted (unknown_book_brand)');
SELECT is((SELECT count(*)::int FROM staging.validation_results v JOIN raw_data.sbd_betting_splits r ON r.id = v.raw_id
            AND v.raw_table = 'sbd_betting_splits' WHERE r.request_key = '2024-04-01' AND v.details->>'book' = 'bet365'), 0,
  'a book offering nothing (empty prices) is not an error');

-- The good rows of the same payloads are promoted.
SELECT results_eq($$SELECT l.side, l.american_price, round(l.decimal_price, 4), round(l.implied_probability, 4)
   FROM staging.betting_lines l JOIN staging.games g USING (game_id) JOIN staging.sportsbooks b USING (sportsbook_id)
   WHERE g.game_pk = 900001 AND b.book_key = 'draftkings' AND l.market = 'moneyline' AND l.source = 'sbd' ORDER BY l.side$$,
  $$VALUES ('away', 120, 2.2000, 0.4545), ('home', -140, 1.7143, 0.5833)$$, 'prices in three forms');
SELECT is((SELECT l.american_price FROM staging.betting_lines l JOIN staging.games g USING (game_id) JOIN staging.sportsbooks b USING (sportsbook_id)
            WHERE g.game_pk = 900001 AND b.book_key = 'fanduel' AND l.side = 'home'), 100, 'EVEN is promoted as +100');
SELECT results_eq($$SELECT s.side, s.bets_percent, s.money_percent, s.bet_count FROM staging.betting_splits s JOIN staging.games g USING (game_id)
   WHERE g.game_pk = 900001 AND s.source = 'sbd' AND s.market = 'moneyline' ORDER BY s.side$$,
  $$VALUES ('away', 30.00, 60.00, 300), ('home', 70.00, 40.00, 700)$$, 'splits land per side');
SELECT results_eq($$SELECT side, sharp_tier FROM staging.sharp_action_signals a JOIN staging.games g USING (game_id)
   WHERE g.game_pk = 900001 AND a.market = 'moneyline' ORDER BY side$$,
  $$VALUES ('away', 3), ('home', 0)$$, 'money 30 points above tickets is sharp tier 3');
SELECT results_eq($$SELECT previous_price, new_price, minutes_since_last_change FROM staging.line_movements m JOIN staging.games g USING (game_id)
   WHERE g.game_pk = 900001 AND m.source = 'action_network'$$,
  $$VALUES (-130, -140, 90.0)$$, 'one movement; the unchanged repeat is not a movement');

-- Lineage.
SELECT is_empty($$SELECT l.line_id FROM staging.betting_lines l JOIN staging.games g USING (game_id)
   LEFT JOIN staging.raw_payloads p ON p.raw_table = l.raw_table AND p.raw_id = l.raw_id
   LEFT JOIN pipeline.runs r ON r.id = l.pipeline_run_id
   WHERE g.game_date = '2024-04-01' AND (p.raw_id IS NULL OR r.id IS NULL)$$, 'every line traces to its raw row and run');

-- Idempotence: the same raw rows again change nothing.
CREATE TEMP TABLE before_counts AS
SELECT (SELECT count(*) FROM staging.games) AS games, (SELECT count(*) FROM staging.betting_lines) AS lines,
       (SELECT count(*) FROM staging.betting_splits) AS splits, (SELECT count(*) FROM staging.validation_results) AS problems,
       (SELECT count(*) FROM staging.game_source_ids) AS mappings;
INSERT INTO pipeline.promotion_queue (raw_table, raw_id)
SELECT raw_table, raw_id FROM staging.raw_payloads WHERE request_key IN ('2024-04-01', '5551', 'tap-books', 'tap-truncated');
SELECT is((SELECT status FROM staging.promote()), 'succeeded', 'promoting the same rows again succeeds');
SELECT row_eq($$SELECT (SELECT count(*) FROM staging.games), (SELECT count(*) FROM staging.betting_lines),
                (SELECT count(*) FROM staging.betting_splits), (SELECT count(*) FROM staging.validation_results),
                (SELECT count(*) FROM staging.game_source_ids)$$,
  (SELECT ROW(games, lines, splits, problems, mappings) FROM before_counts), '... and changes nothing');

-- Rebuild of the date: same tables, twice.
CREATE TEMP TABLE rebuild_1 AS SELECT * FROM staging.rebuild('2024-04-01');
SELECT results_eq('SELECT table_name, rows_after FROM rebuild_1 ORDER BY 1', 'SELECT table_name, rows_before FROM rebuild_1 ORDER BY 1',
  'rebuild re-derives the same rows');
SELECT results_eq('SELECT table_name, rows_before, rows_after FROM staging.rebuild(''2024-04-01'') ORDER BY 1',
  'SELECT table_name, rows_after, rows_after FROM rebuild_1 ORDER BY 1', 'a second rebuild changes nothing');

SELECT * FROM finish();
ROLLBACK;
