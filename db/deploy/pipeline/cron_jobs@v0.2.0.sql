-- Deploy mlb:pipeline/cron_jobs
-- The projects pg_cron jobs and their last runs.
BEGIN;
-- Reads pg_cron's own tables, which only a superuser sees in full: owned by the
-- deploying superuser, search_path pinned.

-- These read pg_cron's own tables, which only a superuser sees in full, so they
-- belong to the deploying superuser; search_path is pinned.
CREATE FUNCTION pipeline.cron_jobs()
RETURNS TABLE (jobname text, schedule text, active boolean, command text, last_start timestamptz, last_end timestamptz,
               last_status text, last_message text, failures_24h bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, cron
AS $$
  SELECT j.jobname, j.schedule, j.active, j.command, d.start_time, d.end_time, d.status, d.return_message,
         (SELECT count(*) FROM cron.job_run_details f WHERE f.jobid = j.jobid AND f.status = 'failed'
             AND f.start_time > now() - interval '24 hours')
    FROM cron.job j
    LEFT JOIN LATERAL (SELECT * FROM cron.job_run_details r WHERE r.jobid = j.jobid ORDER BY r.start_time DESC LIMIT 1) d ON true
   WHERE j.jobname LIKE 'mlb-%'
   ORDER BY j.jobname
$$;
COMMENT ON FUNCTION pipeline.cron_jobs() IS 'The project''s pg_cron jobs with their last run (start, end, status, message) and failures in the last 24 hours, from cron.job_run_details.';
REVOKE EXECUTE ON FUNCTION pipeline.cron_jobs() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pipeline.cron_jobs() TO mlb_analyst;

COMMIT;
