-- Revert mlb:staging/reference
BEGIN;

DROP TABLE staging.sportsbook_name_aliases;
DROP TABLE staging.sportsbook_source_ids;
DROP TABLE staging.sportsbooks;
DROP FUNCTION staging.team_for_alias(text, text, date);
DROP TABLE staging.team_aliases;
DROP TABLE staging.teams;
DROP FUNCTION staging.normalize_name(text);

COMMIT;
