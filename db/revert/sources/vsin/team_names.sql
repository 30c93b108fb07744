-- Revert mlb:sources/vsin/team_names
BEGIN;
SET LOCAL ROLE mlb_owner;
DROP FUNCTION raw_data.vsin_team_names(jsonb);
COMMIT;
