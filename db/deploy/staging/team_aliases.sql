-- Deploy mlb:staging/team_aliases
-- Explicit team aliases per source with validity.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE staging.team_aliases (
  source text NOT NULL REFERENCES raw_data.sources (source),
  alias text NOT NULL,
  alias_normalized text GENERATED ALWAYS AS (staging.normalize_name(alias)) STORED,
  team_code text NOT NULL REFERENCES staging.teams (team_code),
  valid_from date NOT NULL DEFAULT '1900-01-01',
  valid_to date NOT NULL DEFAULT '9999-12-31',
  note text,
  PRIMARY KEY (source, alias_normalized, valid_from),
  CHECK (valid_to >= valid_from)
);
COMMENT ON TABLE staging.team_aliases IS 'Every name or code each source uses for a club, with the dates it was in use (renames and moves). Lookup is exact on the normalised alias and the game date; an alias not here is a validation failure, never a guess.';
COMMENT ON COLUMN staging.team_aliases.source IS 'Source that uses the alias.';
COMMENT ON COLUMN staging.team_aliases.alias IS 'The name or code as the source writes it.';
COMMENT ON COLUMN staging.team_aliases.alias_normalized IS 'staging.normalize_name(alias): the lookup key.';
COMMENT ON COLUMN staging.team_aliases.team_code IS 'The club it means.';
COMMENT ON COLUMN staging.team_aliases.valid_from IS 'First game date the alias means this club.';
COMMENT ON COLUMN staging.team_aliases.valid_to IS 'Last game date the alias means this club.';
COMMENT ON COLUMN staging.team_aliases.note IS 'Why the alias exists (quirks, renames).';

COMMIT;
