-- make coverage, after the pgTAP suite ran: the share of project routines it called
-- (pg_stat_user_functions, track_functions = all) and of PL/pgSQL statements it ran
-- (plpgsql_check's profiler), then the routines it never called and the PL/pgSQL
-- routines least covered.
\set ON_ERROR_STOP on
\pset footer off
CREATE TEMP VIEW project_routines AS
SELECT p.oid, p.oid::regprocedure::text AS routine, l.lanname AS language,
       coalesce(s.calls, 0) AS calls
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang
  LEFT JOIN pg_stat_user_functions s ON s.funcid = p.oid
 WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline') AND p.prokind IN ('f', 'p');
CREATE TEMP TABLE plpgsql_statements AS
SELECT r.routine, t.stmtid, t.exec_stmts
  FROM project_routines r
 CROSS JOIN LATERAL plpgsql_profiler_function_statements_tb(r.oid) t
 WHERE r.language = 'plpgsql' AND t.stmtname <> 'statement block';
-- A PL/pgSQL routine whose statements ran was called, whatever the statistics say (a call that
-- raised, as a refusing trigger does, is not counted there).
CREATE TEMP VIEW routines_called AS
SELECT r.routine, r.language,
       r.calls > 0 OR EXISTS (SELECT 1 FROM plpgsql_statements s WHERE s.routine = r.routine AND s.exec_stmts > 0) AS called
  FROM project_routines r;
\echo
SELECT 'routines called' AS measure, count(*) FILTER (WHERE called) AS covered, count(*) AS total,
       round(100.0 * count(*) FILTER (WHERE called) / count(*), 1) AS percent
  FROM routines_called
UNION ALL
SELECT 'PL/pgSQL statements run', count(*) FILTER (WHERE exec_stmts > 0), count(*),
       round(100.0 * count(*) FILTER (WHERE exec_stmts > 0) / count(*), 1)
  FROM plpgsql_statements;
\echo 'Routines the pgTAP suite never calls:'
SELECT routine, language FROM routines_called WHERE NOT called ORDER BY routine;
\echo 'PL/pgSQL routines with statements the suite never runs (least covered first):'
SELECT routine, count(*) FILTER (WHERE exec_stmts > 0) AS run, count(*) AS statements,
       round(100.0 * count(*) FILTER (WHERE exec_stmts > 0) / count(*), 1) AS percent
  FROM plpgsql_statements GROUP BY routine HAVING count(*) FILTER (WHERE exec_stmts = 0) > 0
 ORDER BY 4, 1;
