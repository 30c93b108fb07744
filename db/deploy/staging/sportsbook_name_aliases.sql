-- Deploy mlb:staging/sportsbook_name_aliases
-- Sportsbook names for catalogue matching.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.sportsbook_name_aliases (
  alias text NOT NULL,
  alias_normalized text GENERATED ALWAYS AS (staging.normalize_name(alias)) STORED PRIMARY KEY,
  sportsbook_id int NOT NULL REFERENCES staging.sportsbooks (sportsbook_id)
);
COMMENT ON TABLE staging.sportsbook_name_aliases IS 'Book names as source catalogues write them (Action Network /web/v1/books display names), matched exactly after normalisation.';
COMMENT ON COLUMN staging.sportsbook_name_aliases.alias IS 'The name as a catalogue writes it.';
COMMENT ON COLUMN staging.sportsbook_name_aliases.alias_normalized IS 'staging.normalize_name(alias): the lookup key.';
COMMENT ON COLUMN staging.sportsbook_name_aliases.sportsbook_id IS 'The book it means.';

INSERT INTO staging.sportsbook_name_aliases (alias, sportsbook_id)
SELECT x.alias, b.sportsbook_id FROM (VALUES
  ('Consensus', 'consensus'), ('Open', 'opening_line'), ('Opening Line', 'opening_line'), ('Opener', 'opening_line'),
  ('DraftKings', 'draftkings'), ('DK', 'draftkings'), ('FanDuel', 'fanduel'), ('BetMGM', 'betmgm'),
  ('Caesars', 'caesars'), ('Caesars Sportsbook', 'caesars'), ('William Hill', 'caesars'), ('bet365', 'bet365'),
  ('Fanatics', 'fanatics'), ('BetRivers', 'betrivers'), ('PointsBet', 'pointsbet'), ('ESPN BET', 'espnbet'),
  ('Hard Rock', 'hardrock'), ('Hard Rock Bet', 'hardrock'), ('Circa', 'circa'), ('Circa Sports', 'circa'),
  ('Pinnacle', 'pinnacle'), ('Bovada', 'bovada'), ('BetOnline', 'betonline'), ('WynnBET', 'wynnbet'),
  ('Unibet', 'unibet'), ('SugarHouse', 'sugarhouse'), ('Barstool', 'barstool'), ('TwinSpires', 'twinspires')
) AS x(alias, book_key) JOIN staging.sportsbooks b ON b.book_key = x.book_key;

COMMIT;
