-- Deploy mlb:curated/signals_by_date (reworked after v0.3.0)
-- Clubs are written in the codes they went by on the game's date (issue 29): the 2023
-- Athletics are OAK (staging.matchup, curated.side_name_on).
-- The signals of a day as a bettor scans them: which game, which side by name,
-- when it was known relative to first pitch, what it rests on, and how the
-- side did at the consensus closing line.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.signals_by_date AS
SELECT g.game_date, a.game_id, g.start_time, staging.matchup(g.away_team, g.home_team, g.game_date) AS matchup,
       a.signal, a.market, a.side, curated.side_name_on(a.side, g.home_team, g.away_team, g.game_date) AS pick,
       a.known_at, round(extract(epoch FROM g.start_time - a.known_at) / 60)::int AS minutes_before_first_pitch,
       a.strength, a.details, c.consensus_close_line AS close_line,
       curated.grade_bet(a.market, a.side, c.consensus_close_line, g.home_score, g.away_score, g.status) AS result
  FROM curated.betting_analysis a
  JOIN staging.games g ON g.game_id = a.game_id
  LEFT JOIN curated.market_consensus c ON c.game_id = a.game_id AND c.market = a.market AND c.side = a.side;
COMMENT ON VIEW curated.signals_by_date IS 'Every signal of curated.betting_analysis (sharp_action, reverse_line_movement, steam, fade_the_public, book_disagreement, arbitrage) with its date, game, side by name, when it became known (and how long before first pitch), its strength and basis, and how the side did at the consensus closing line.';
COMMENT ON COLUMN curated.signals_by_date.game_date IS 'New York date of first pitch.';
COMMENT ON COLUMN curated.signals_by_date.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN curated.signals_by_date.start_time IS 'Scheduled first pitch.';
COMMENT ON COLUMN curated.signals_by_date.matchup IS 'AWAY @ HOME club codes.';
COMMENT ON COLUMN curated.signals_by_date.signal IS 'Signal name (curated.betting_analysis).';
COMMENT ON COLUMN curated.signals_by_date.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.signals_by_date.side IS 'The side the signal points to.';
COMMENT ON COLUMN curated.signals_by_date.pick IS 'That side by name: the club''s code, Over or Under.';
COMMENT ON COLUMN curated.signals_by_date.known_at IS 'First time the signal could have been known.';
COMMENT ON COLUMN curated.signals_by_date.minutes_before_first_pitch IS 'Minutes from known_at to the scheduled first pitch (negative: known in play).';
COMMENT ON COLUMN curated.signals_by_date.strength IS 'Tier, probability move or dispersion, by signal.';
COMMENT ON COLUMN curated.signals_by_date.details IS 'What the signal rests on.';
COMMENT ON COLUMN curated.signals_by_date.close_line IS 'Consensus closing line of the side (NULL for moneylines).';
COMMENT ON COLUMN curated.signals_by_date.result IS 'The side at the consensus closing line against the final score: win, loss, push, or void until final.';
GRANT SELECT ON curated.signals_by_date TO mlb_analyst;

COMMIT;
