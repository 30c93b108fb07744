-- Deploy mlb:curated/prices_on_offer
-- What a bettor can take now (issue 28): the board's "best pre-game price" was the best
-- of each side at any moment of the day, so it paired a morning price of one side with an
-- evening price of the other (on SBRO 2015-17, 39.3% of games showed an arbitrage that
-- never existed). A quote is on offer now when the game has not started and its source
-- showed it within lines.close_window_minutes: the same rule as a close, at another moment.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.prices_on_offer AS
SELECT e.game_id, e.sportsbook_id, b.name AS book, e.market, e.side, e.latest_line AS line, e.latest_price AS american_price,
       coalesce(l.stated_decimal_price, staging.american_to_decimal(e.latest_price)) AS decimal_price,
       e.latest_at AS observed_at, s.shown_at
  FROM curated.betting_lines_enhanced e
  JOIN staging.games g ON g.game_id = e.game_id
  JOIN staging.sportsbooks b ON b.sportsbook_id = e.sportsbook_id
  JOIN staging.line_summaries ls
    ON ls.game_id = e.game_id AND ls.sportsbook_id = e.sportsbook_id
   AND ls.market = staging.line_code('market', e.market) AND ls.side = staging.line_code('side', e.side)
  -- By primary key, one row each (OFFSET 0: never a hash of the whole table).
  CROSS JOIN LATERAL (SELECT x.stated_decimal_price, x.raw_table, x.raw_id, x.raw_fetched_at, x.is_live
                        FROM staging.betting_line_rows x WHERE x.line_id = ls.latest_line_id OFFSET 0) l
  -- When its source last showed it: the fetch of its stored copy, or a later unchanged copy of that body.
  CROSS JOIN LATERAL (SELECT staging.last_shown_at(l.raw_table, l.raw_id, l.raw_fetched_at) AS shown_at) s
 WHERE e.is_bettable AND NOT l.is_live
   AND g.status = 'scheduled' AND (g.start_time IS NULL OR now() < g.start_time)
   AND (e.latest_at IS NULL OR e.latest_at <= now())
   AND s.shown_at >= now() - make_interval(mins => coalesce(pipeline.setting_numeric('lines.close_window_minutes'), 60)::int);
COMMENT ON VIEW curated.prices_on_offer IS 'The prices a bettor can take now: per scheduled game not yet started, bettable book, market and side, the book''s latest quote if its source showed it within lines.close_window_minutes (the fetch of its stored copy or a later unchanged copy of that body), with when it was last shown. A book that stopped quoting, or a source not fetched lately, has no price here. The board''s best price now reads it (curated.game_board).';
COMMENT ON COLUMN curated.prices_on_offer.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN curated.prices_on_offer.sportsbook_id IS 'The book (staging.sportsbooks).';
COMMENT ON COLUMN curated.prices_on_offer.book IS 'The book''s name.';
COMMENT ON COLUMN curated.prices_on_offer.market IS 'moneyline, spread (run line) or total.';
COMMENT ON COLUMN curated.prices_on_offer.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.prices_on_offer.line IS 'Points of a spread or total; NULL for a moneyline.';
COMMENT ON COLUMN curated.prices_on_offer.american_price IS 'The price on offer, American odds.';
COMMENT ON COLUMN curated.prices_on_offer.decimal_price IS 'The same as decimal odds (as stated when the source stated decimal odds): what ranks prices.';
COMMENT ON COLUMN curated.prices_on_offer.observed_at IS 'When the source says the price was set (a change log''s entry, a snapshot''s last_update or fetch).';
COMMENT ON COLUMN curated.prices_on_offer.shown_at IS 'When its source last showed it.';
GRANT SELECT ON curated.prices_on_offer TO mlb_analyst;

COMMIT;
