-- Deploy mlb:curated/latest_splits
-- Tickets and money as the board shows them (issue 31): each source's latest split of a
-- side, taken before first pitch, so a finished game shows the public as it stood when
-- betting closed, and a game to come the public as it stands now.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.latest_splits AS
SELECT DISTINCT ON (s.game_id, s.source, s.book, s.market, s.side)
       s.game_id, s.source, s.book, s.market, s.side, s.pick, s.bets_percent, s.money_percent, s.money_minus_bets,
       s.bet_count, s.observed_at, s.minutes_before_first_pitch, s.split_id, s.raw_table, s.raw_id
  FROM curated.split_history s
 WHERE s.minutes_before_first_pitch IS NULL OR s.minutes_before_first_pitch >= 0
 ORDER BY s.game_id, s.source, s.book, s.market, s.side, s.observed_at DESC, s.split_id DESC;
COMMENT ON VIEW curated.latest_splits IS 'The public as it stands: per game, source, book (VSIN''s and Action Network''s book views; NULL when the source aggregates), market and side, the latest split observed before first pitch: share of tickets and of money. SELECT * FROM curated.latest_splits WHERE game_id = 4 ORDER BY market, side, source.';
COMMENT ON COLUMN curated.latest_splits.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN curated.latest_splits.source IS 'Source of the split (action_network, sbd, vsin).';
COMMENT ON COLUMN curated.latest_splits.book IS 'The book whose customers these are, when the source says; NULL when the source aggregates.';
COMMENT ON COLUMN curated.latest_splits.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.latest_splits.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.latest_splits.pick IS 'The side by name: the club''s code, Over or Under.';
COMMENT ON COLUMN curated.latest_splits.bets_percent IS 'Share of bets (tickets) on the side, 0-100.';
COMMENT ON COLUMN curated.latest_splits.money_percent IS 'Share of money (handle) on the side, 0-100.';
COMMENT ON COLUMN curated.latest_splits.money_minus_bets IS 'money_percent - bets_percent, in percentage points.';
COMMENT ON COLUMN curated.latest_splits.bet_count IS 'Number of bets on the side, when the source gives it.';
COMMENT ON COLUMN curated.latest_splits.observed_at IS 'When the split held: the latest before first pitch.';
COMMENT ON COLUMN curated.latest_splits.minutes_before_first_pitch IS 'Minutes from the observation to the scheduled first pitch.';
COMMENT ON COLUMN curated.latest_splits.split_id IS 'The staging.betting_splits row (lineage).';
COMMENT ON COLUMN curated.latest_splits.raw_table IS 'Raw table of the payload it came from.';
COMMENT ON COLUMN curated.latest_splits.raw_id IS 'Raw row of that payload.';
GRANT SELECT ON curated.latest_splits TO mlb_analyst;

COMMIT;
