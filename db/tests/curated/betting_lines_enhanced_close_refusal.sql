-- pgTAP: curated/betting_lines_enhanced_close_refusal (a refused close says why). Behaviour: curated/rebuild/lines.
BEGIN;
SELECT plan(3);
\ir ../fixtures/bet_games.psql
SELECT curated.rebuild('2031-08-01');
CREATE TEMP TABLE one AS SELECT game_id, sportsbook_id, market, side FROM curated.betting_lines_enhanced
 WHERE game_id IN (SELECT game_id FROM staging.games WHERE game_date = '2031-08-01') AND close_price IS NOT NULL LIMIT 1;
SELECT throws_ok($$UPDATE curated.betting_lines_enhanced e SET close_refusal = 'stale_quote' FROM one o
                    WHERE (e.game_id, e.sportsbook_id, e.market, e.side) = (o.game_id, o.sportsbook_id, o.market, o.side)$$,
  '23514', NULL, 'a refused close has no close price');
SELECT throws_ok($$UPDATE curated.betting_lines_enhanced e SET close_price = NULL, close_refusal = 'guess' FROM one o
                    WHERE (e.game_id, e.sportsbook_id, e.market, e.side) = (o.game_id, o.sportsbook_id, o.market, o.side)$$,
  '23514', NULL, 'the only reason is stale_quote');
SELECT lives_ok($$UPDATE curated.betting_lines_enhanced e SET close_price = NULL, close_refusal = 'stale_quote' FROM one o
                   WHERE (e.game_id, e.sportsbook_id, e.market, e.side) = (o.game_id, o.sportsbook_id, o.market, o.side)$$,
  'a stale quote without a close price is a refusal');
SELECT * FROM finish();
ROLLBACK;
