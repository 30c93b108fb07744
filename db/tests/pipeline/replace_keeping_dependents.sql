-- pipeline.replace_keeping_dependents: a relation replaced under its views and SQL functions.
BEGIN;
SELECT plan(12);

SET LOCAL ROLE mlb_owner;
CREATE TABLE pg_temp.tap_base (id int, name text);
CREATE SCHEMA tap_rkd;
CREATE TABLE tap_rkd.base (id int, name text);
INSERT INTO tap_rkd.base VALUES (1, 'one'), (2, 'two');
COMMENT ON COLUMN tap_rkd.base.name IS 'the name';
CREATE VIEW tap_rkd.names WITH (security_barrier) AS SELECT id, upper(name) AS name FROM tap_rkd.base;
COMMENT ON VIEW tap_rkd.names IS 'names view';
COMMENT ON COLUMN tap_rkd.names.name IS 'upper-case name';
GRANT SELECT ON tap_rkd.names TO mlb_analyst;
CREATE FUNCTION tap_rkd.name_of(p int) RETURNS text LANGUAGE sql STABLE BEGIN ATOMIC SELECT name FROM tap_rkd.names WHERE id = p; END;
COMMENT ON FUNCTION tap_rkd.name_of(int) IS 'name by id';
REVOKE ALL ON FUNCTION tap_rkd.name_of(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tap_rkd.name_of(int) TO mlb_analyst;
CREATE VIEW tap_rkd.first_name AS SELECT tap_rkd.name_of(1) AS name;
CREATE FUNCTION tap_rkd.refuse() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RAISE EXCEPTION 'refused'; END $f$;
CREATE TRIGGER refuse_insert INSTEAD OF INSERT ON tap_rkd.names FOR EACH ROW EXECUTE FUNCTION tap_rkd.refuse();
COMMENT ON TRIGGER refuse_insert ON tap_rkd.names IS 'refuses';

SELECT throws_ok($$ALTER TABLE tap_rkd.base ALTER COLUMN name TYPE varchar(10)$$, '0A000', NULL,
                 'without it the column cannot change under the view');
SELECT is(pipeline.replace_keeping_dependents('tap_rkd.base', $ddl$
  ALTER TABLE tap_rkd.base RENAME TO base_old;
  CREATE TABLE tap_rkd.base_rows (id int, code "char");
  INSERT INTO tap_rkd.base_rows SELECT id, left(name, 1) FROM tap_rkd.base_old;
  DROP TABLE tap_rkd.base_old;
  CREATE VIEW tap_rkd.base AS SELECT id, CASE code WHEN 'o' THEN 'one' WHEN 't' THEN 'two' END AS name FROM tap_rkd.base_rows;
$ddl$), 3, 'a table becomes a view: three dependents (two views, one function, one on another) are created again');
SELECT is((SELECT relkind FROM pg_class WHERE oid = 'tap_rkd.base'::regclass), 'v'::"char", 'the relation is the new one');
SELECT is((SELECT array_agg(name ORDER BY id) FROM tap_rkd.names), ARRAY['ONE', 'TWO'], 'the view reads the new relation');
SELECT is((SELECT name FROM tap_rkd.first_name), 'ONE', 'a view on a function on a view is back');
SELECT is(obj_description('tap_rkd.names'::regclass), 'names view', 'the view''s comment is kept');
SELECT is(col_description('tap_rkd.base'::regclass, 2), 'the name', 'the replaced relation''s column keeps its comment');
SELECT is(col_description('tap_rkd.names'::regclass, 2), 'upper-case name', 'its column comment is kept');
SELECT is((SELECT reloptions FROM pg_class WHERE oid = 'tap_rkd.names'::regclass), ARRAY['security_barrier=true'],
          'its options are kept');
SELECT ok(has_table_privilege('mlb_analyst', 'tap_rkd.names', 'SELECT'), 'its grants are kept');
SELECT is((SELECT array[has_function_privilege('mlb_analyst', 'tap_rkd.name_of(int)', 'EXECUTE'),
                        has_function_privilege('public', 'tap_rkd.name_of(int)', 'EXECUTE')]),
          ARRAY[true, false], 'the function''s grants are kept, PUBLIC''s revoke too');

SELECT is((SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger WHERE tgrelid = 'tap_rkd.names'::regclass AND tgname = 'refuse_insert'),
          'refuses', 'a trigger on a view is created again, with its comment');

SELECT * FROM finish();
ROLLBACK;
