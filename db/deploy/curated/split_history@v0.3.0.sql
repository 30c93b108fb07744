-- Deploy mlb:curated/split_history
-- Public betting over time with names: tickets against money per side, the
-- series a splits chart draws, and the gap sharp-action signals rest on.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.split_history AS
SELECT s.game_id, g.game_date, g.away_team || ' @ ' || g.home_team AS matchup, s.source, b.name AS book,
       s.market, s.side, curated.side_name(s.side, g.home_team, g.away_team) AS pick,
       s.bets_percent, s.money_percent, s.money_percent - s.bets_percent AS money_minus_bets, s.bet_count,
       s.observed_at, round(extract(epoch FROM g.start_time - s.observed_at) / 60)::int AS minutes_before_first_pitch,
       s.split_id, s.raw_table, s.raw_id
  FROM staging.betting_splits s
  JOIN staging.games g ON g.game_id = s.game_id
  LEFT JOIN staging.sportsbooks b ON b.sportsbook_id = s.sportsbook_id;
COMMENT ON VIEW curated.split_history IS 'Public betting per game, source, market and side over time with names: share of tickets (bets) and of money (handle), and money minus tickets (positive: bigger bets on this side than the ticket count suggests).';
COMMENT ON COLUMN curated.split_history.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN curated.split_history.game_date IS 'New York date of first pitch.';
COMMENT ON COLUMN curated.split_history.matchup IS 'AWAY @ HOME club codes.';
COMMENT ON COLUMN curated.split_history.source IS 'Source of the split (action_network, sbd, vsin).';
COMMENT ON COLUMN curated.split_history.book IS 'The book whose customers these are, when the source says (VSIN view, Action Network book); NULL when the source aggregates.';
COMMENT ON COLUMN curated.split_history.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.split_history.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.split_history.pick IS 'The side by name: the club''s code, Over or Under.';
COMMENT ON COLUMN curated.split_history.bets_percent IS 'Share of bets (tickets) on the side, 0-100.';
COMMENT ON COLUMN curated.split_history.money_percent IS 'Share of money (handle) on the side, 0-100.';
COMMENT ON COLUMN curated.split_history.money_minus_bets IS 'money_percent - bets_percent, in percentage points.';
COMMENT ON COLUMN curated.split_history.bet_count IS 'Number of bets on the side, when the source gives it.';
COMMENT ON COLUMN curated.split_history.observed_at IS 'When the split held.';
COMMENT ON COLUMN curated.split_history.minutes_before_first_pitch IS 'Minutes from the observation to the scheduled first pitch (negative: in play).';
COMMENT ON COLUMN curated.split_history.split_id IS 'The staging.betting_splits row (lineage).';
COMMENT ON COLUMN curated.split_history.raw_table IS 'Raw table of the payload it came from.';
COMMENT ON COLUMN curated.split_history.raw_id IS 'Raw row of that payload.';
GRANT SELECT ON curated.split_history TO mlb_analyst;

COMMIT;
