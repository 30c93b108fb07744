-- Least privilege: each role can do what it should and nothing more.
BEGIN;
SELECT plan(22);

SELECT has_role('mlb_owner');
SELECT has_role('mlb_agent');
SELECT has_role('mlb_analyst');
SELECT isnt_superuser('mlb_agent');
SELECT isnt_superuser('mlb_analyst');
SELECT ok(NOT rolcanlogin, 'mlb_owner cannot log in') FROM pg_roles WHERE rolname = 'mlb_owner';

-- Schema privileges, exactly.
SELECT schema_privs_are('raw_data', 'mlb_agent', ARRAY['USAGE']);
SELECT schema_privs_are('staging', 'mlb_agent', ARRAY[]::text[]);
SELECT schema_privs_are('curated', 'mlb_agent', ARRAY[]::text[]);
SELECT schema_privs_are('raw_data', 'mlb_analyst', ARRAY[]::text[]);
SELECT schema_privs_are('staging', 'mlb_analyst', ARRAY['USAGE']);
SELECT schema_privs_are('curated', 'mlb_analyst', ARRAY['USAGE']);
SELECT schema_privs_are('pipeline', 'mlb_analyst', ARRAY['USAGE']);
SELECT ok(NOT pg_has_role('mlb_agent', 'mlb_owner', 'MEMBER'), 'the agent is not the owner');

-- Scratch tables owned by mlb_owner, to prove the default privileges.
SET LOCAL ROLE mlb_owner;
CREATE TABLE staging.tap_probe (x int);
CREATE TABLE raw_data.tap_probe (x int);
RESET ROLE;

SET LOCAL ROLE mlb_agent;
SELECT throws_ok('CREATE TABLE raw_data.agent_made (x int)', '42501', NULL, 'the agent cannot create tables in raw_data');
SELECT throws_ok('SELECT * FROM staging.tap_probe', '42501', NULL, 'the agent cannot read staging');
SELECT throws_ok('INSERT INTO raw_data.tap_probe VALUES (1)', '42501', NULL, 'the agent has no rights on raw tables unless granted');
RESET ROLE;

SET LOCAL ROLE mlb_analyst;
SELECT lives_ok('SELECT * FROM staging.tap_probe', 'the analyst reads new staging tables by default');
SELECT throws_ok('INSERT INTO staging.tap_probe VALUES (1)', '42501', NULL, 'the analyst cannot write staging');
SELECT throws_ok('CREATE TABLE curated.analyst_made (x int)', '42501', NULL, 'the analyst cannot create in curated');
SELECT throws_ok('SELECT * FROM raw_data.tap_probe', '42501', NULL, 'the analyst cannot read raw_data');
SELECT throws_ok('CREATE TABLE public.analyst_made (x int)', '42501', NULL, 'the analyst cannot create in public');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
