-- Verify mlb:raw_data/source_health (reworked after v0.3.0): it reads the outcomes' kinds.
BEGIN;
SELECT 1/count(*) FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
 WHERE r.ev_class = 'raw_data.source_health'::regclass AND d.refobjid = 'raw_data.attempt_outcomes'::regclass;
ROLLBACK;
