-- Verify mlb:staging/line_movements (reworked after v0.2.4): read from the stored change points.
BEGIN;
SELECT 1/count(*) FROM pg_views WHERE schemaname = 'staging' AND viewname = 'line_movements'
   AND definition LIKE '%line_change_points%' AND definition LIKE '%change_points_of%';
ROLLBACK;
