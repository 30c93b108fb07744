-- pgTAP: raw_data.action_network_history_lines: a line-history payload in, its prices out.
BEGIN;
SELECT plan(4);

-- The history parser, as a person reads a payload: every point, and every element that cannot be read once
-- (a point that is not an object also as a point with no fields, as before the one-walk rework).
CREATE TEMP TABLE an_cases (n int, payload jsonb);
INSERT INTO an_cases VALUES
 (1, '{"15": {"event": {"moneyline": [{"side": "home", "history": [{"odds": -110, "value": null, "updated_at": "2024-04-01T12:00:00.000Z"}, {"odds": "EVEN", "value": {"x": 1}, "updated_at": "2024-02-30T12:00:00Z"}]}]}}}'),
 (2, '{"15": {"event": {"total": [{"side": "OVER", "history": [{"odds": -105, "value": 8.5, "updated_at": "2024-04-01T12:00:00Z"}, "bad"]}]}}}'),
 (3, '{"15": {"event": "x"}, "16": {"event": {"spread": "x", "total": []}}, "17": {"event": {"moneyline": [7, {"side": "away"}, {"side": "home", "history": {"a": 1}}]}}, "18": {"event": {}}}');
CREATE TEMP VIEW an_stated AS
  SELECT c.n, l.book_text, l.market, l.side_text, l.line_text, l.price_text, l.observed_at, l.side
    FROM an_cases c
   CROSS JOIN LATERAL raw_data.action_network_history_lines(
     ROW('action_network_odds', c.n, '999', '2024-05-01T00:00:00Z', 200, c.payload)::raw_data.payload) l;
SELECT results_eq(
  $$SELECT book_text, market, side_text, line_text, price_text, observed_at, side FROM an_stated WHERE n = 1 ORDER BY price_text$$,
  $$VALUES ('15', 'moneyline', 'home', NULL::text, '-110', '2024-04-01T12:00:00Z'::timestamptz, 'home'),
           ('15', 'moneyline', 'home', '{"x": 1}', 'EVEN', NULL, 'home')$$,
  'a history of objects: each point with its value, odds and time (a day that does not exist is no time), the side lower-cased');
SELECT results_eq(
  $$SELECT book_text, market, side_text, line_text, price_text, observed_at, side FROM an_stated WHERE n = 2 ORDER BY market, price_text$$,
  $$VALUES ('15', 'total', 'OVER', '8.5', '-105', '2024-04-01T12:00:00Z'::timestamptz, 'over'),
           ('15', 'total', 'OVER', NULL::text, NULL::text, NULL::timestamptz, 'over'),
           ('15', 'unreadable', NULL, NULL, '"bad"', '2024-05-01T00:00:00Z', NULL)$$,
  'a point that is not an object: read point by point, stated with no fields and as unreadable with its text at fetch time');
SELECT results_eq(
  $$SELECT book_text, price_text FROM an_stated WHERE n = 3 ORDER BY book_text, price_text$$,
  $$VALUES ('15', '{"event": "x"}'), ('16', '"x"'), ('17', '7'), ('17', '{"side": "away"}'), ('17', '{"side": "home", "history": {"a": 1}}')$$,
  'a book without an event object, a market that is not a list, an outcome that is not an object or has no history list: unreadable, once each; an empty event or market states nothing');
SELECT is((SELECT count(*)::int FROM an_stated WHERE n = 3 AND market <> 'unreadable'), 0, 'nothing else is stated from them');
SELECT * FROM finish();
ROLLBACK;
