-- pgTAP: staging.promote_lines (promotion step 6: the batch's prices parsed, matched, checked and scored): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before it run), what it writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(6);
\ir ../../fixtures/sample_batch.psql
-- One The Odds API event (the sample's TB @ BAL at DraftKings) fetched three ways (issue 29): asked for decimal odds
-- (even money written 2, as JavaScript and jq write 2.0), asked for American odds, and without saying.
SELECT raw_data.record_attempt('odds_api', 'odds', 'odds_api_responses', 'tap-format-' || f, '2025-06-14 16:20Z', '2025-06-14 16:20Z',
         p_params => CASE WHEN f = 'unsaid' THEN '{}' ELSE jsonb_build_object('oddsFormat', f, 'regions', 'us') END,
         p_http_status => 200,
         p_body => '[{"id": "6ae9aab2276c652283fb936042d3df95", "commence_time": "2025-06-14T17:05:00Z",
                      "home_team": "Baltimore Orioles", "away_team": "Tampa Bay Rays",
                      "bookmakers": [{"key": "draftkings", "last_update": "2025-06-14T16:19:00Z", "markets": [
                        {"key": "h2h", "outcomes": [{"name": "Baltimore Orioles", "price": 2}, {"name": "Tampa Bay Rays", "price": 1.74}]},
                        {"key": "totals", "outcomes": [{"name": "Over", "price": 1.91, "point": 8.5}, {"name": "Under", "price": -110, "point": 8.5}]}]}]}]')
  FROM unnest(ARRAY['decimal', 'american', 'unsaid']) f;
INSERT INTO promotion_batch SELECT 'odds_api_responses', id FROM raw_data.odds_api_responses WHERE request_key LIKE 'tap-format-%';
SELECT pg_temp.steps_before('promote_lines');
SELECT staging.promote_lines((SELECT id FROM tap_run));
SELECT results_eq($$SELECT g.away_team || '@' || g.home_team, b.book_key, l.market, l.side, l.american_price, l.problem
                      FROM batch_lines l JOIN staging.games g USING (game_id) JOIN staging.sportsbooks b USING (sportsbook_id)
                     WHERE l.source = 'sbd' AND l.source_game_id = '20250614.01-MLB-TB@BAL' AND l.book_text = 'draftkings'
                       AND l.market = 'moneyline' ORDER BY l.side$$,
  $$VALUES ('TB@BAL', 'draftkings', 'moneyline', 'away', -121, NULL::text), ('TB@BAL', 'draftkings', 'moneyline', 'home', 102, NULL)$$,
  'a price matched to its game, book and side, as an integer American price, no problem');
SELECT is((SELECT count(*)::int FROM batch_lines WHERE game_id IS NULL AND problem IS NULL), 0, 'a line without a game always has a reason');
SELECT ok((SELECT bool_and(consistency BETWEEN 0 AND 1) FROM batch_lines WHERE problem IS NULL), 'each good line scored for consistency');
CREATE TEMP TABLE tap_format AS
SELECT substr(r.request_key, 12) AS asked, l.market, l.side, l.price_text, l.american_price, l.stated_decimal, l.problem
  FROM batch_lines l JOIN raw_data.odds_api_responses r ON r.id = l.raw_id AND l.raw_table = 'odds_api_responses'
 WHERE r.request_key LIKE 'tap-format-%';
SELECT results_eq($$SELECT side, price_text, american_price, stated_decimal, problem FROM tap_format WHERE asked = 'decimal' ORDER BY market, side$$,
  $$VALUES ('away', '1.74', -135, 1.74, NULL::text), ('home', '2', 100, 2, NULL), ('over', '1.91', -110, 1.91, NULL),
           ('under', '-110', NULL, NULL, 'unparseable_price')$$,
  'asked for decimal odds: 2 is even money, every price is decimal, and -110 is no decimal price');
SELECT results_eq($$SELECT side, american_price, stated_decimal, problem FROM tap_format WHERE asked = 'american' ORDER BY market, side$$,
  $$VALUES ('away', NULL::int, NULL::numeric, 'unparseable_price'), ('home', 2, NULL, 'price_between_minus_100_and_100'),
           ('over', NULL, NULL, 'unparseable_price'), ('under', -110, NULL, NULL)$$,
  'asked for American odds: never decimal, so 2 is +2 and 1.74 no price');
SELECT results_eq($$SELECT side, american_price, stated_decimal, problem FROM tap_format WHERE asked = 'unsaid' ORDER BY market, side$$,
  $$VALUES ('away', -135, 1.74, NULL::text), ('home', 2, NULL, 'price_between_minus_100_and_100'),
           ('over', -110, 1.91, NULL), ('under', -110, NULL, NULL)$$,
  'a request that did not say is read by how the number looks (decimal with a decimal point)');
SELECT * FROM finish();
ROLLBACK;
