-- Deploy mlb:pipeline/alert_payload (reworked after v0.3.0)
-- Clubs are written in the codes they went by on the game's date (issue 29): the 2023
-- Athletics are OAK (staging.matchup, curated.side_name_on).
-- A steam or reverse line movement alert names its movers (issue 28): the first mover,
-- each book that moved with its price before -> after and when, from the movement itself
-- (curated.movement_analysis), not each book's open beside its price at known_at, which
-- listed books that never moved and one that moved the other way; and the game's page.
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
           'strength', p_strength, 'details', p_details, 'game_page', 'game-' || g.game_id || '.html',
           'first_mover', (SELECT s.name FROM curated.movement_analysis m
                             JOIN staging.sportsbooks s ON s.sportsbook_id = m.first_mover_sportsbook_id
                            WHERE m.game_id = p_game_id AND m.market = p_market AND m.side = p_side
                              AND m.movement_type = p_signal AND m.detected_at = p_known_at
                            ORDER BY s.name LIMIT 1),
           -- Each book that moved, in the order it moved: a steam's moves (from -> to, at), a reverse line
           -- movement's crossings (at; the price from the book's line history at that moment).
           'movers', coalesce((
             SELECT jsonb_agg(jsonb_build_object('book', s.name, 'price_before', (x.move->>'from')::int,
                                                 'price_after', coalesce((x.move->>'to')::int, h.american_price),
                                                 'moved_at', (x.move->>'at')::timestamptz)
                              ORDER BY (x.move->>'at')::timestamptz, s.name)
               FROM curated.movement_analysis m
              CROSS JOIN LATERAL jsonb_array_elements(CASE jsonb_typeof(m.details) WHEN 'array' THEN m.details
                                                           ELSE coalesce(m.details->'crossings', '[]') END) AS x(move)
               JOIN staging.sportsbooks s ON s.sportsbook_id = (x.move->>'sportsbook_id')::int
               LEFT JOIN LATERAL (SELECT l.american_price FROM staging.betting_lines l
                                   WHERE l.game_id = p_game_id AND l.market = p_market AND l.side = p_side
                                     AND l.sportsbook_id = s.sportsbook_id AND l.observed_at <= (x.move->>'at')::timestamptz
                                   ORDER BY l.observed_at DESC LIMIT 1) h ON true
              WHERE m.game_id = p_game_id AND m.market = p_market AND m.side = p_side
                AND m.movement_type = p_signal AND m.detected_at = p_known_at
                AND (x.move->>'at')::timestamptz <= p_known_at), '[]'::jsonb),
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
COMMENT ON FUNCTION pipeline.alert_payload(bigint, text, text, text, timestamptz, numeric, jsonb) IS 'The JSON of an alert without its id (docs/analysis.md, "Alerts"): signal, game (id, date, start, matchup, clubs), market, side and pick (the club or Over/Under), known_at, strength, details, game_page (the page mlb-agent report writes: game-<id>.html), first_mover and movers (a steam''s or reverse line movement''s books in the order they moved up to known_at, each with its price before and after and moved_at; empty for other signals), and books: each bettable book''s line and price on that side before (its first pre-game observation) and after (its newest observation at known_at).';

COMMIT;
