-- Deploy mlb:pipeline/cron_jobs
-- The projects pg_cron jobs and their last runs.
BEGIN;

-- Reads pg_cron's own tables, which only a superuser sees in full: owned by the
-- deploying superuser, search_path pinned.

-- These read pg_cron's own tables, which only a superuser sees in full, so they
-- belong to the deploying superuser; search_path is pinned.
CREATE OR REPLACE FUNCTION pipeline.cron_jobs()
RETURNS TABLE (jobname text, schedule text, active boolean, command text, last_start timestamptz, last_end timestamptz,
               last_status text, last_message text, failures_24h bigint, zone text, last_run_status text,
               last_run_error text, runs_not_succeeded_24h bigint, health text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, cron, pipeline
AS $$
  SELECT j.jobname, j.schedule, j.active, j.command, d.start_time, d.end_time, d.status, d.return_message,
         (SELECT count(*) FROM cron.job_run_details f WHERE f.jobid = j.jobid AND f.status = 'failed'
             AND f.start_time > now() - interval '24 hours'),
         z.zone, r.status, r.error_text,
         (SELECT count(*) FROM pipeline.runs x WHERE x.zone = z.zone AND x.status IN ('failed', 'degraded')
             AND x.started_at > now() - interval '24 hours'),
         CASE WHEN d.status = 'failed' OR r.status = 'failed' THEN 'failing'
              WHEN r.status = 'degraded' THEN 'degraded'
              WHEN NOT j.active THEN 'inactive'
              ELSE 'ok' END
    FROM cron.job j
    LEFT JOIN LATERAL (SELECT * FROM cron.job_run_details r WHERE r.jobid = j.jobid ORDER BY r.start_time DESC LIMIT 1) d ON true
    CROSS JOIN LATERAL (SELECT CASE WHEN j.jobname LIKE 'mlb-staging-%' THEN 'staging'
                                    WHEN j.jobname LIKE 'mlb-curated-%' THEN 'curated' END AS zone) z
    -- The zone's last run that did something (skipped runs say nothing about health).
    LEFT JOIN LATERAL (SELECT x.status, x.error_text FROM pipeline.runs x
                        WHERE x.zone = z.zone AND x.status <> 'skipped' ORDER BY x.id DESC LIMIT 1) r ON true
   WHERE j.jobname LIKE 'mlb-%'
   ORDER BY j.jobname
$$;
COMMENT ON FUNCTION pipeline.cron_jobs() IS 'The project''s pg_cron jobs with their last run (start, end, status, message) and failures in the last 24 hours, from cron.job_run_details, and, because the pipeline''s functions catch their own errors, the last non-skipped pipeline run of the job''s zone (status, error), its failed or degraded runs in 24 hours, and health: failing (the job or the zone''s last run failed), degraded (payloads quarantined whole), inactive or ok.';
REVOKE EXECUTE ON FUNCTION pipeline.cron_jobs() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pipeline.cron_jobs() TO mlb_analyst;

COMMIT;
