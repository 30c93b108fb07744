-- Deploy mlb:pipeline/alert_payload (reworked after v0.3.0)
-- Clubs are written in the codes they went by on the game's date (issue 29): the 2023
-- Athletics are OAK (staging.matchup, curated.side_name_on).
-- What an alert says, built from staging and curated when the signal is found:
-- the game and its clubs, the side by name, and every bettable book's price on
-- that side before (its open) and after (its latest price at known_at).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.alert_payload(p_game_id bigint, p_market text, p_side text, p_signal text,
                                       p_known_at timestamptz, p_strength numeric, p_details jsonb)
RETURNS jsonb
LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT jsonb_build_object(
           'signal', p_signal, 'game_id', g.game_id, 'game_date', g.game_date,
           'start_time', g.start_time, 'matchup', staging.matchup(g.away_team, g.home_team, g.game_date),
           'away_team', g.away_team, 'home_team', g.home_team, 'market', p_market, 'side', p_side,
           'pick', curated.side_name_on(p_side, g.home_team, g.away_team, g.game_date), 'known_at', p_known_at,
           'strength', p_strength, 'details', p_details,
           'books', coalesce((
             SELECT jsonb_agg(jsonb_build_object('book', b.book, 'line_before', b.open_line, 'price_before', b.open_price,
                                                 'line_after', b.line, 'price_after', b.price) ORDER BY b.book)
               FROM (SELECT DISTINCT ON (s.name) s.name AS book,
                            first_value(l.line) OVER w AS open_line, first_value(l.american_price) OVER w AS open_price,
                            l.line, l.american_price AS price
                       FROM staging.betting_lines l
                       JOIN staging.sportsbooks s ON s.sportsbook_id = l.sportsbook_id AND s.is_bettable
                      WHERE l.game_id = p_game_id AND l.market = p_market AND l.side = p_side
                        AND l.observed_at <= p_known_at AND NOT l.is_live
                     WINDOW w AS (PARTITION BY s.name ORDER BY l.observed_at, l.source, l.outlet
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
                      ORDER BY s.name, l.observed_at DESC, l.source DESC, l.outlet DESC) b), '[]'::jsonb))
    FROM staging.games g
   WHERE g.game_id = p_game_id;
END;
COMMENT ON FUNCTION pipeline.alert_payload(bigint, text, text, text, timestamptz, numeric, jsonb) IS 'The JSON of an alert without its id (docs/analysis.md, "Alerts"): signal, game (id, date, start, matchup, clubs), market, side and pick (the club or Over/Under), known_at, strength, details, and books: each bettable book''s line and price on that side before (its first pre-game observation) and after (its newest observation at known_at).';

COMMIT;
