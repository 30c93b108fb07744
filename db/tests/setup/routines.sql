-- Project-wide contracts of every routine, stated once here instead of in each change's test:
-- who owns it, which run with their owner's rights (a reviewed list, each pinning its
-- search_path), and that PUBLIC may run none. A new routine is held to them without an edit;
-- a new SECURITY DEFINER routine must be added to the list on purpose.
BEGIN;
SELECT plan(5);

CREATE TEMP VIEW project_routines AS
SELECT p.oid::regprocedure::text AS routine, r.rolname::text AS owner, r.rolsuper AS owner_is_superuser, p.prosecdef,
       p.proconfig, coalesce(p.proacl, acldefault('f', p.proowner)) AS acl
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_roles r ON r.oid = p.proowner
 WHERE n.nspname IN ('raw_data', 'staging', 'curated', 'pipeline');

SELECT set_eq($$SELECT routine FROM project_routines WHERE owner <> 'mlb_owner'$$,
  $$VALUES ('pipeline.cron_jobs()'), ('pipeline.deployed_changes()'), ('pipeline.housekeeping()'),
           ('pipeline.schedule_promotion_workers()')$$,
  'every routine is owned by mlb_owner but the four that act on pg_cron or the sqitch registry');
SELECT is_empty($$SELECT routine FROM project_routines WHERE owner <> 'mlb_owner' AND NOT owner_is_superuser$$,
  '... which the deploying superuser owns');
SELECT set_eq($$SELECT routine FROM project_routines WHERE prosecdef$$,
  $$VALUES ('curated.backtest_strategy(text)'),
           ('curated.drain_dirty_dates(integer)'),
           ('curated.rebuild(date)'),
           ('curated.rebuild_dates(date[],bigint[])'),
           ('curated.reconcile_recent_days(integer)'),
           ('curated.refresh_dirty_dates()'),
           ('pipeline.apply_raw_retention(interval,boolean)'),
           ('pipeline.cron_jobs()'),
           ('pipeline.deployed_changes()'),
           ('pipeline.enqueue_new_raw_rows()'),
           ('pipeline.housekeeping()'),
           ('pipeline.lineage(bigint)'),
           ('pipeline.mark_dates_dirty()'),
           ('pipeline.raw_rows()'),
           ('pipeline.raw_table_counts()'),
           ('pipeline.schedule_promotion_workers()'),
           ('raw_data.record_attempt(text,text,text,text,timestamp with time zone,timestamp with time zone,text,jsonb,text,integer,text,text,text,integer,jsonb,text,text,integer,text,integer,integer,integer,bytea)'),
           ('staging.add_line_partitions(integer[])'),
           ('staging.last_shown_at(text,bigint,timestamp with time zone,timestamp with time zone)'),
           ('staging.mark_line_summaries_stale()'), ('staging.mark_shown_again()'),
           ('staging.mark_rescheduled_games_stale()'),
           ('staging.promote(integer)'),
           ('staging.promote_partition(integer)'),
           ('staging.promote_scheduled(integer)'),
           ('staging.rebuild(date)'),
           ('staging.team_name_on(text,date)')$$,
  'exactly these run with their owner''s rights (SECURITY DEFINER): the writers of a zone, the triggers and jobs, and what the analyst reads through them');
SELECT is_empty($$SELECT routine FROM project_routines
                  WHERE prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) c WHERE c LIKE 'search\_path=pg\_catalog%')$$,
  'each of them pins its search_path, pg_catalog first');
SELECT is_empty($$SELECT routine FROM project_routines, aclexplode(acl) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE'$$,
  'PUBLIC may run no project routine (the agent, analyst and alerts roles are granted what they call)');

SELECT * FROM finish();
ROLLBACK;
