-- Deploy mlb:curated/user_bets
-- The bets a person placed: the one table of the project a person writes (the
-- analyst may insert, correct and delete their bets; nothing else). Not derived,
-- so no rebuild touches it; graded by the view curated.user_bet_results.
BEGIN;
-- A role's comment is the deploying user's to set (as in setup/roles), not the owner's.
COMMENT ON ROLE mlb_analyst IS 'Analysis: may read staging, curated and the audit views; writes only the bets it placed (curated.user_bets).';
SET LOCAL ROLE mlb_owner;

CREATE TABLE curated.user_bets (
  bet_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  bettor text NOT NULL DEFAULT current_user,
  game_id bigint NOT NULL REFERENCES staging.games (game_id) ON DELETE RESTRICT,
  market text NOT NULL CHECK (market IN ('moneyline', 'spread', 'total')),
  side text NOT NULL CHECK (side IN ('home', 'away', 'over', 'under')),
  line numeric(5,1),
  american_price integer NOT NULL CHECK (american_price >= 100 OR american_price <= -100),
  decimal_price numeric NOT NULL CHECK (decimal_price > 1),
  price_format text NOT NULL CHECK (price_format IN ('american', 'decimal')),
  stake numeric(12,2) NOT NULL CHECK (stake > 0),
  sportsbook_id integer NOT NULL REFERENCES staging.sportsbooks (sportsbook_id),
  placed_at timestamptz NOT NULL,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((market = 'total') = (side IN ('over', 'under'))),
  CHECK ((market = 'moneyline') = (line IS NULL))
);
CREATE INDEX user_bets_game_idx ON curated.user_bets (game_id);
COMMENT ON TABLE curated.user_bets IS 'Bets a person placed, as offered: game, market, side, line, price (American or decimal), stake, book, when. The only table mlb_analyst may write. Insert with curated.place_bet(date, team, ...) or plain SQL (curated.check_user_bet fills the other price form and refuses a bet the pipeline cannot grade, with the reason). Graded in curated.user_bet_results; no rebuild deletes a bet.';
COMMENT ON COLUMN curated.user_bets.bet_id IS 'Bet id.';
COMMENT ON COLUMN curated.user_bets.bettor IS 'Who placed it (the database role that entered it, unless given).';
COMMENT ON COLUMN curated.user_bets.game_id IS 'The game (staging.games); a game with bets cannot be deleted.';
COMMENT ON COLUMN curated.user_bets.market IS 'moneyline, spread (run line) or total.';
COMMENT ON COLUMN curated.user_bets.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.user_bets.line IS 'The side''s run line (-1.5 lays, +1.5 takes) or the total; NULL for moneylines.';
COMMENT ON COLUMN curated.user_bets.american_price IS 'American odds taken (as offered, or the rounded figure of decimal odds).';
COMMENT ON COLUMN curated.user_bets.decimal_price IS 'Decimal odds taken: exactly as offered when offered in decimal, else from the American price. Profit and CLV use it.';
COMMENT ON COLUMN curated.user_bets.price_format IS 'How the price was offered: american or decimal.';
COMMENT ON COLUMN curated.user_bets.stake IS 'Amount staked (your currency).';
COMMENT ON COLUMN curated.user_bets.sportsbook_id IS 'The book it was placed with (staging.sportsbooks, bettable).';
COMMENT ON COLUMN curated.user_bets.placed_at IS 'When it was placed; after first pitch it is a live bet (no CLV).';
COMMENT ON COLUMN curated.user_bets.note IS 'Your note.';
COMMENT ON COLUMN curated.user_bets.created_at IS 'When the row was entered.';
GRANT SELECT, INSERT, UPDATE, DELETE ON curated.user_bets TO mlb_analyst;

COMMIT;
