-- Verify mlb:staging/change_points_of
BEGIN;
SELECT * FROM staging.change_points_of('{}') WHERE false;
ROLLBACK;
