-- plpgsql_check over every PL/pgSQL function of the project: no errors.
-- Relations that exist only at run time (temp tables a function creates, trigger
-- transition tables) cannot be checked statically and are the only exceptions.
BEGIN;
SELECT plan(2);

CREATE EXTENSION IF NOT EXISTS plpgsql_check;

CREATE TEMP TABLE check_results AS
SELECT p.oid::regprocedure::text AS fn, c.level, c.message, c.lineno
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang AND l.lanname = 'plpgsql'
 CROSS JOIN LATERAL (SELECT tg.tgrelid, tg.tgnewtable, tg.tgoldtable FROM pg_trigger tg WHERE tg.tgfoid = p.oid
                     UNION ALL SELECT 0, NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM pg_trigger tg WHERE tg.tgfoid = p.oid)
                     LIMIT 1) t
 CROSS JOIN LATERAL plpgsql_check_function_tb(p.oid, t.tgrelid, fatal_errors => false, newtable => t.tgnewtable,
                                                 oldtable => t.tgoldtable) c
 WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline');

SELECT ok((SELECT count(DISTINCT fn) FROM check_results) >= 0 AND
          (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
            WHERE l.lanname = 'plpgsql' AND n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline')) >= 10,
          'the project''s PL/pgSQL functions were checked');
SELECT is_empty($$SELECT fn, message, lineno FROM check_results
   WHERE level = 'error'
     AND message !~ '^relation "(promotion_batch|ok_batch|batch_payloads|payload_checks|batch_games|batch_lines|batch_splits|batch_books|batch_stated_games|batch_line_counts|batch_opener_groups|batch_payload_games|rebuild_games|rebuild_counts|history_lane)" does not exist'$$,
  'plpgsql_check finds no errors');

SELECT * FROM finish();
ROLLBACK;
