-- Readable database: every object of the project's schemas carries a COMMENT
-- and a lower snake case name. Grows with the project without edits.
BEGIN;
SELECT plan(8);

CREATE TEMP VIEW project_objects AS
SELECT 'schema' AS kind, n.nspname::text AS name, obj_description(n.oid, 'pg_namespace') AS comment
  FROM pg_namespace n WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline')
UNION ALL
SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'table' END,
       n.nspname || '.' || c.relname, obj_description(c.oid, 'pg_class')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline') AND c.relkind IN ('r', 'p', 'v', 'm')
   AND c.relname NOT LIKE 'tap\_%'
UNION ALL
SELECT 'column', n.nspname || '.' || c.relname || '.' || a.attname, col_description(c.oid, a.attnum)
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline') AND c.relkind IN ('r', 'p', 'v', 'm')
   AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'function', p.oid::regprocedure::text, obj_description(p.oid, 'pg_proc')
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline');

SELECT is_empty($$SELECT kind, name FROM project_objects WHERE kind = 'schema' AND coalesce(comment, '') = ''$$, 'every schema has a comment');
SELECT is_empty($$SELECT kind, name FROM project_objects WHERE kind IN ('table', 'view', 'materialized view') AND coalesce(comment, '') = ''$$, 'every table and view has a comment');
SELECT is_empty($$SELECT kind, name FROM project_objects WHERE kind = 'column' AND coalesce(comment, '') = ''$$, 'every column has a comment');
SELECT is_empty($$SELECT kind, name FROM project_objects WHERE kind = 'function' AND coalesce(comment, '') = ''$$, 'every function has a comment');
SELECT is_empty($$SELECT kind, name FROM project_objects WHERE kind <> 'function' AND split_part(name, '.', -1) !~ '^[a-z][a-z0-9_]*$'$$, 'every name is lower snake case');
SELECT is_empty($$SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline') AND p.proname !~ '^[a-z][a-z0-9_]*$'$$, 'every function name is lower snake case');
SELECT is_empty($$SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline') AND p.prosecdef
     AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\_path=%')$$,
  'every SECURITY DEFINER function pins search_path');
SELECT is_empty($$SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   JOIN pg_roles r ON r.oid = c.relowner
   WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline') AND r.rolname <> 'mlb_owner'$$,
  'mlb_owner owns every relation');

SELECT * FROM finish();
ROLLBACK;
