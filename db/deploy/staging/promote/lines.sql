-- Deploy mlb:staging/promote/lines (reworked after v0.3.0)
-- A price is read in the format its request asked for (ok_batch.price_format, issue 29):
-- decimal, then every price is decimal odds however written (2 is even money), and never
-- American; american, then never decimal. Only a request that did not say falls back to
-- how the number looks (decimal with a decimal point, where the table allows decimal).
-- Promotion step: prices parsed, checked, scored.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_lines(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN
  -- The view refers to this batch's temp tables and goes with them at commit.
  DROP VIEW IF EXISTS pg_temp.batch_lines;
  CREATE TEMP VIEW batch_lines AS
  WITH limits AS MATERIALIZED (  -- read once, not once per line
    SELECT coalesce(pipeline.setting_numeric('validation.max_american_odds'), 10000) AS max_odds,
           coalesce(pipeline.setting_numeric('validation.min_total'), 3) AS min_total,
           coalesce(pipeline.setting_numeric('validation.max_total'), 20) AS max_total,
           make_interval(mins => coalesce(pipeline.setting_numeric('validation.future_tolerance_minutes'), 5)::int) AS future
  ),
  -- Price observations: parsed, checked and scored in one pass.
  -- Materialized: each price and line is parsed once, not once per reference below.
  base AS MATERIALIZED (
    SELECT l.source, l.raw_table, l.raw_id, l.fetched_at, l.source_game_id, l.book_text, l.source_market, l.market, l.side_text,
           l.side_team_text, l.line_text, l.price_text, l.observed_at, l.observation_kind,
           g.game_id, g.game_date, g.start_time, g.home_team, g.away_team, b.sportsbook_id,
           -- Decimal odds as stated (exact), else American; the American figure of decimal odds is rounded.
           d.stated_decimal,
           -- Asked for decimal odds, a price is never read as American (american_price: in priced, below).
           CASE WHEN ob.price_format IS DISTINCT FROM 'decimal' THEN parse_american_odds(l.price_text) END AS stated_american,
           parse_line(l.line_text) AS line,
           -- The side the source states, else (named by team) the team's side in this game.
           CASE
             WHEN l.market NOT IN ('moneyline', 'spread', 'total') THEN NULL
             WHEN l.side IS NOT NULL THEN l.side
             WHEN l.side_by_team THEN
               CASE team_for_alias(l.source, l.side_team_text, g.game_date)
                 WHEN g.home_team THEN 'home' WHEN g.away_team THEN 'away' END
           END AS side,
           l.observation_kind IN ('open') AS from_open
      FROM (SELECT DISTINCT o.raw_table FROM ok_batch o) o
     CROSS JOIN LATERAL raw_data.stated_lines(o.raw_table, ARRAY(SELECT x.raw_id FROM ok_batch x WHERE x.raw_table = o.raw_table)) l
      -- The game this payload means by the id (batch_payload_games), else, when the payload states no game (a line
      -- history), the source id's known game.
      LEFT JOIN batch_payload_games pg ON pg.raw_table = l.raw_table AND pg.raw_id = l.raw_id
                                      AND pg.source_game_id = l.source_game_id
      LEFT JOIN game_source_ids m ON m.source = l.source AND m.source_game_id = l.source_game_id AND pg.raw_id IS NULL
      LEFT JOIN games g ON g.game_id = coalesce(pg.game_id, m.game_id)
      LEFT JOIN sportsbook_source_ids b ON b.source = l.source AND b.source_book_key = l.book_text
      -- Decimal odds only where the source can state them (The Odds API); elsewhere 9.5 is a data error, not odds.
      -- The format the request asked for decides; only a request that did not say is read by how the number looks.
      JOIN raw_data.payload_tables pt ON pt.raw_table = l.raw_table
     -- Looked up only for a table that states its format (no join over every price: it upset the plan).
     CROSS JOIN LATERAL (SELECT CASE WHEN pt.price_format_param IS NOT NULL
                                     THEN (SELECT o.price_format FROM ok_batch o WHERE o.raw_table = l.raw_table AND o.raw_id = l.raw_id)
                                END AS price_format) ob
     CROSS JOIN LATERAL (SELECT CASE WHEN NOT pt.decimal_prices OR ob.price_format = 'american' THEN NULL
                                     WHEN ob.price_format = 'decimal' THEN parse_requested_decimal_odds(l.price_text)
                                     ELSE parse_decimal_odds(l.price_text) END AS stated_decimal) d
     -- A book that offers nothing states neither price nor line: not an observation.
     WHERE (nullif(btrim(l.price_text), '') IS NOT NULL OR nullif(btrim(l.line_text), '') IS NOT NULL)
       -- A number stated without a price (VSIN's total column) is not a price either.
       AND l.observation_kind <> 'line_only'
  ), priced AS (
    -- From base's stored columns, so staging.decimal_to_american is inlined once per line, not called.
    SELECT b.*, coalesce(decimal_to_american(b.stated_decimal), b.stated_american) AS american_price FROM base b
  ), checked AS (
    SELECT b.*, CASE
        WHEN b.market = 'unreadable' THEN 'unreadable_element'
        WHEN b.market NOT IN ('moneyline', 'spread', 'total') THEN 'unsupported_market'
        WHEN b.observed_at IS NULL AND b.observation_kind IN ('snapshot', 'history') THEN 'invalid_observed_at'
        WHEN b.game_id IS NULL THEN 'unmatched_game'
        WHEN b.sportsbook_id IS NULL THEN 'unknown_book'
        WHEN b.side IS NULL THEN 'unknown_side'
        WHEN nullif(btrim(b.price_text), '') IS NULL THEN 'missing_price'
        WHEN b.stated_decimal <= 1 THEN 'decimal_price_not_above_1'
        WHEN b.american_price IS NULL THEN 'unparseable_price'
        WHEN b.american_price > -100 AND b.american_price < 100 THEN 'price_between_minus_100_and_100'
        WHEN abs(b.american_price) > x.max_odds THEN 'price_out_of_range'
        WHEN b.market <> 'moneyline' AND nullif(btrim(b.line_text), '') IS NULL THEN 'missing_line'
        WHEN b.market <> 'moneyline' AND b.line IS NULL THEN 'unparseable_line'
        WHEN b.market = 'total' AND (b.line < x.min_total OR b.line > x.max_total) THEN 'total_out_of_range'
        WHEN b.market = 'spread' AND abs(b.line) >= 100 THEN 'line_out_of_range'
        WHEN b.observed_at > now() + x.future THEN 'observed_in_future'
      END AS problem,
      b.observed_at IS NOT NULL AND b.start_time IS NOT NULL AND b.observed_at >= b.start_time AS is_live
      FROM priced b CROSS JOIN limits x
  ), sides AS (
    -- The other side of the same observation, for consistency, and the spread of
    -- each side's copies: one payload stating two prices or lines for the same
    -- observation is a conflict nobody can settle. Over the accepted lines only;
    -- grouped and joined back by hash (window aggregates over these tiny groups
    -- measured 0.8 s slower a 180,000-line batch).
    SELECT game_id, sportsbook_id, book_text, market, source, raw_id, observed_at, observation_kind,
           min(line) FILTER (WHERE side IN ('home', 'over')) AS first_line,
           min(line) FILTER (WHERE side IN ('away', 'under')) AS second_line,
           max(line) FILTER (WHERE side IN ('home', 'over')) AS first_max_line,
           max(line) FILTER (WHERE side IN ('away', 'under')) AS second_max_line,
           min(american_price) FILTER (WHERE side IN ('home', 'over')) AS first_min_price,
           max(american_price) FILTER (WHERE side IN ('home', 'over')) AS first_max_price,
           min(american_price) FILTER (WHERE side IN ('away', 'under')) AS second_min_price,
           max(american_price) FILTER (WHERE side IN ('away', 'under')) AS second_max_price,
           min(side) < max(side) AS two_sides
      FROM checked WHERE problem IS NULL
     GROUP BY game_id, sportsbook_id, book_text, market, source, raw_id, observed_at, observation_kind
  ), scored AS (
    SELECT c.*, s.first_line, s.second_line, s.first_max_line, s.second_max_line, s.first_min_price, s.first_max_price,
           s.second_min_price, s.second_max_price, s.two_sides
      FROM checked c
      LEFT JOIN sides s ON s.game_id = c.game_id AND s.sportsbook_id = c.sportsbook_id AND s.book_text = c.book_text
                       AND s.market = c.market AND s.source = c.source AND s.raw_id = c.raw_id
                       -- coalesce, not IS NOT DISTINCT FROM, so the join can hash
                       AND coalesce(s.observed_at, '-infinity') = coalesce(c.observed_at, '-infinity')
                       AND s.observation_kind = c.observation_kind
  ), judged AS (
    SELECT s.*, CASE
        WHEN s.problem IS NOT NULL THEN NULL
        WHEN NOT s.two_sides THEN 0.5
        WHEN s.market = 'moneyline' THEN 1
        WHEN s.market = 'spread' AND s.first_line = -s.second_line THEN 1
        WHEN s.market = 'total' AND s.first_line = s.second_line THEN 1
        ELSE 0 END::numeric AS consistency,
      s.problem IS NULL AND coalesce(CASE WHEN s.side IN ('home', 'over')
                                          THEN s.first_min_price <> s.first_max_price OR s.first_line <> s.first_max_line
                                          ELSE s.second_min_price <> s.second_max_price OR s.second_line <> s.second_max_line
                                     END, false) AS conflicting
      FROM scored s
  )
  SELECT s.source, s.raw_table, s.raw_id, s.fetched_at, s.source_game_id, s.book_text, s.source_market, s.side_text,
         s.side_team_text, s.line_text, s.price_text, s.observed_at, s.observation_kind, s.game_id, s.game_date,
         s.sportsbook_id, s.market, s.side, s.line, s.american_price, s.is_live, s.consistency,
         CASE WHEN s.conflicting THEN 'conflicting_duplicate' ELSE s.problem END AS problem,
         CASE WHEN s.problem IS NULL AND NOT s.conflicting THEN array_remove(ARRAY[
      CASE WHEN s.is_live THEN 'in_play_price' END,
      CASE WHEN s.market = 'spread' AND abs(s.line) <> 1.5 THEN 'unusual_run_line' END,
      CASE WHEN s.market = 'spread' AND s.consistency = 0 THEN 'run_line_sides_not_opposite' END,
      CASE WHEN s.market = 'total' AND s.consistency = 0 THEN 'total_sides_differ' END], NULL)
      ELSE '{}'::text[] END AS warnings,
         s.stated_decimal
    FROM judged s;
END
$$;
COMMENT ON FUNCTION staging.promote_lines(bigint) IS 'Promotion step 6: defines the temporary view batch_lines (nothing is computed or written until staging.promote_store_lines reads it once): every price the batch states (raw_data.stated_lines) parsed once, matched to its game (the one its payload''s game matched, else its source id''s), book and side, decimal odds (where raw_data.payload_tables.decimal_prices allows them: every price when the request asked for decimal odds, 2 being even money; none when it asked for American; else a price written with a decimal point) kept exactly (stated_decimal) beside their rounded American figure, checked (the first failed rule is the reason: unreadable_element (a parser could not read the element; its text is the price), unsupported_market, invalid_observed_at, unmatched_game, unknown_book, unknown_side, missing_price, decimal_price_not_above_1, unparseable_price, price_between_minus_100_and_100, price_out_of_range, missing_line, unparseable_line, total_out_of_range, line_out_of_range, observed_in_future), scored for two-sided consistency, and warned (in_play_price, unusual_run_line, run_line_sides_not_opposite, total_sides_differ), in one query. One payload stating two prices for one observation is conflicting_duplicate. Each line carries its raw row''s fetch time.';

COMMIT;
