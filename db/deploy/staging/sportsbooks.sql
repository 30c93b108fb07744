-- Deploy mlb:staging/sportsbooks
-- Sportsbooks.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.sportsbooks (
  sportsbook_id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  book_key text NOT NULL UNIQUE CHECK (book_key ~ '^[a-z][a-z0-9_]*$'),
  name text NOT NULL,
  is_bettable boolean NOT NULL,
  kind text NOT NULL CHECK (kind IN ('sportsbook', 'exchange', 'consensus', 'opening_line', 'historical'))
);
COMMENT ON TABLE staging.sportsbooks IS 'One row per book. Consensus and opening-line pseudo-books are not bettable: analyses never take their prices as bets.';
COMMENT ON COLUMN staging.sportsbooks.sportsbook_id IS 'Book id used throughout staging and curated.';
COMMENT ON COLUMN staging.sportsbooks.book_key IS 'Stable lower snake case key.';
COMMENT ON COLUMN staging.sportsbooks.name IS 'Display name.';
COMMENT ON COLUMN staging.sportsbooks.is_bettable IS 'Whether its prices could be bet (false for consensus and opening-line aggregates).';
COMMENT ON COLUMN staging.sportsbooks.kind IS 'sportsbook, exchange, consensus, opening_line, or historical (a season file''s lines).';

INSERT INTO staging.sportsbooks (book_key, name, is_bettable, kind) VALUES
  ('consensus', 'Consensus (Action Network)', false, 'consensus'),
  ('opening_line', 'Opening line (Action Network)', false, 'opening_line'),
  ('sbro', 'SportsbookReviewsOnline season lines', true, 'historical'),
  ('draftkings', 'DraftKings', true, 'sportsbook'), ('fanduel', 'FanDuel', true, 'sportsbook'),
  ('betmgm', 'BetMGM', true, 'sportsbook'), ('caesars', 'Caesars', true, 'sportsbook'),
  ('bet365', 'bet365', true, 'sportsbook'), ('fanatics', 'Fanatics', true, 'sportsbook'),
  ('betrivers', 'BetRivers', true, 'sportsbook'), ('pointsbet', 'PointsBet', true, 'sportsbook'),
  ('espnbet', 'ESPN BET', true, 'sportsbook'), ('hardrock', 'Hard Rock Bet', true, 'sportsbook'),
  ('circa', 'Circa Sports', true, 'sportsbook'), ('pinnacle', 'Pinnacle', true, 'sportsbook'),
  ('bovada', 'Bovada', true, 'sportsbook'), ('betonline', 'BetOnline.ag', true, 'sportsbook'),
  ('lowvig', 'LowVig.ag', true, 'sportsbook'), ('mybookie', 'MyBookie.ag', true, 'sportsbook'),
  ('betus', 'BetUS', true, 'sportsbook'), ('barstool', 'Barstool Sportsbook', true, 'sportsbook'),
  ('foxbet', 'FOX Bet', true, 'sportsbook'), ('sugarhouse', 'SugarHouse', true, 'sportsbook'),
  ('twinspires', 'TwinSpires', true, 'sportsbook'), ('unibet', 'Unibet', true, 'sportsbook'),
  ('wynnbet', 'WynnBET', true, 'sportsbook'), ('superbook', 'SuperBook', true, 'sportsbook'),
  ('gtbets', 'GTbets', true, 'sportsbook'), ('intertops', 'Intertops', true, 'sportsbook'),
  ('betfair', 'Betfair', true, 'exchange'), ('betclic', 'Betclic', true, 'sportsbook'),
  ('casumo', 'Casumo', true, 'sportsbook'), ('coral', 'Coral', true, 'sportsbook'),
  ('ladbrokes', 'Ladbrokes', true, 'sportsbook'), ('marathonbet', 'Marathon Bet', true, 'sportsbook'),
  ('mrgreen', 'Mr Green', true, 'sportsbook'), ('nordicbet', 'Nordic Bet', true, 'sportsbook'),
  ('onexbet', '1xBet', true, 'sportsbook'), ('paddypower', 'Paddy Power', true, 'sportsbook'),
  ('sport888', '888sport', true, 'sportsbook'), ('williamhill', 'William Hill (UK)', true, 'sportsbook');
-- Brands The Odds API names beyond the ones above.
INSERT INTO staging.sportsbooks (book_key, name, is_bettable, kind) VALUES
  ('fliff', 'Fliff', true, 'sportsbook'), ('ballybet', 'Bally Bet', true, 'sportsbook'),
  ('betparx', 'betPARX', true, 'sportsbook'), ('betanysports', 'BetAnySports', true, 'sportsbook'),
  ('windcreek', 'Wind Creek (Betfred PA)', true, 'sportsbook'), ('rebet', 'ReBet', true, 'sportsbook'),
  ('matchbook', 'Matchbook', true, 'exchange');

COMMIT;
