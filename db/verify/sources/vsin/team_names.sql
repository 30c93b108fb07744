-- Verify mlb:sources/vsin/team_names
BEGIN;
SELECT 'raw_data.vsin_team_names(jsonb)'::regprocedure;
ROLLBACK;
