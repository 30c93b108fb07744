-- Deploy mlb:staging/betting_splits
-- Public betting per game, source, market and side.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.betting_splits (
  split_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE CASCADE,
  source text NOT NULL REFERENCES raw_data.sources (source),
  sportsbook_id int REFERENCES staging.sportsbooks (sportsbook_id),
  market text NOT NULL CHECK (market IN ('moneyline', 'spread', 'total')),
  side text NOT NULL CHECK (side IN ('home', 'away', 'over', 'under')),
  bets_percent numeric(5, 2) CHECK (bets_percent BETWEEN 0 AND 100),
  money_percent numeric(5, 2) CHECK (money_percent BETWEEN 0 AND 100),
  bet_count int CHECK (bet_count >= 0),
  observed_at timestamptz NOT NULL,
  quality_score numeric(4, 3) NOT NULL CHECK (quality_score BETWEEN 0 AND 1),
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  pipeline_run_id bigint NOT NULL REFERENCES pipeline.runs (id),
  raw_fetched_at timestamptz NOT NULL,
  CHECK ((market = 'total') = (side IN ('over', 'under'))),
  CHECK (bets_percent IS NOT NULL OR money_percent IS NOT NULL),
  UNIQUE NULLS NOT DISTINCT (game_id, source, sportsbook_id, market, side, observed_at)
);
CREATE INDEX betting_splits_game_idx ON staging.betting_splits (game_id, market, observed_at);
COMMENT ON TABLE staging.betting_splits IS 'Public betting per game, source (and book or view), market and side: share of bets (tickets) and of money (handle).';
COMMENT ON COLUMN staging.betting_splits.split_id IS 'Split observation id.';
COMMENT ON COLUMN staging.betting_splits.game_id IS 'The game.';
COMMENT ON COLUMN staging.betting_splits.source IS 'Source (action_network, sbd, vsin).';
COMMENT ON COLUMN staging.betting_splits.sportsbook_id IS 'The book whose customers these are (VSIN view, Action Network book); NULL when the source aggregates (SBD).';
COMMENT ON COLUMN staging.betting_splits.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN staging.betting_splits.side IS 'home, away, over or under.';
COMMENT ON COLUMN staging.betting_splits.bets_percent IS 'Share of bets (tickets) on this side, 0-100.';
COMMENT ON COLUMN staging.betting_splits.money_percent IS 'Share of money (handle) on this side, 0-100.';
COMMENT ON COLUMN staging.betting_splits.bet_count IS 'Number of bets on this side, when the source gives it.';
COMMENT ON COLUMN staging.betting_splits.observed_at IS 'When the split held (the source''s update time, else the fetch time).';
COMMENT ON COLUMN staging.betting_splits.quality_score IS 'Completeness and consistency of the split in [0, 1] (docs/staging.md).';
COMMENT ON COLUMN staging.betting_splits.raw_table IS 'Raw table of the payload (lineage).';
COMMENT ON COLUMN staging.betting_splits.raw_id IS 'Raw row of the payload.';
COMMENT ON COLUMN staging.betting_splits.pipeline_run_id IS 'Run that wrote the row.';
COMMENT ON COLUMN staging.betting_splits.raw_fetched_at IS 'When the raw row (raw_table, raw_id) was fetched. Of several raw rows stating this observation the one fetched last wins; equal fetch times go to the later raw table name, then the later stored raw row (docs/staging.md, "Which copy wins").';

COMMIT;
