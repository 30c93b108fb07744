-- Deploy mlb:raw_data/source_health
-- Health of each source from the collection log.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW raw_data.source_health AS
WITH attempts AS (
  SELECT l.source, l.mode, l.outcome, l.started_at, l.finished_at,
         l.outcome IN ('stored', 'unchanged') AS succeeded,
         l.outcome IN ('http_error', 'timeout', 'network_error', 'invalid_payload') AS failed,
         extract(epoch FROM l.finished_at - l.started_at) * 1000 AS latency_ms
    FROM raw_data.collection_log l
), per_source AS (
  SELECT s.source, s.stale_after, s.failing_after_consecutive_failures,
         max(a.started_at) AS last_attempt_at,
         max(a.started_at) FILTER (WHERE a.succeeded) AS last_success_at,
         count(a.*) FILTER (WHERE a.started_at > now() - interval '24 hours' AND (a.succeeded OR a.failed)) AS attempts_24h,
         round(avg(a.succeeded::int) FILTER (WHERE a.started_at > now() - interval '24 hours' AND (a.succeeded OR a.failed)), 3)
           AS success_rate_24h,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY a.latency_ms)
           FILTER (WHERE a.started_at > now() - interval '24 hours' AND a.mode = 'live') AS median_latency_ms_24h,
         count(a.*) FILTER (WHERE a.outcome = 'stored') AS rows_stored,
         count(a.*) FILTER (WHERE a.outcome IN ('skipped_no_key', 'skipped_disabled')
                              AND a.started_at > now() - interval '24 hours') AS skipped_24h
    FROM raw_data.sources s
    LEFT JOIN attempts a ON a.source = s.source
   GROUP BY s.source, s.stale_after, s.failing_after_consecutive_failures
)
SELECT p.source, p.last_attempt_at, p.last_success_at, p.attempts_24h, p.success_rate_24h,
       f.consecutive_failures, round(p.median_latency_ms_24h::numeric, 1) AS median_latency_ms_24h,
       p.rows_stored, p.skipped_24h,
       CASE WHEN f.consecutive_failures >= p.failing_after_consecutive_failures THEN 'failing'
            WHEN p.stale_after IS NOT NULL
             AND (p.last_success_at IS NULL OR p.last_success_at < now() - p.stale_after) THEN 'stale'
            WHEN q.quarantined_payloads_24h > 0 THEN 'degraded'
            ELSE 'ok' END AS freshness_status,
       q.quarantined_payloads_24h
  FROM per_source p
  CROSS JOIN LATERAL (
    SELECT count(*) AS consecutive_failures FROM attempts a
     WHERE a.source = p.source AND a.failed AND a.started_at > coalesce(p.last_success_at, '-infinity')
  ) f
  -- Payloads that arrived but could not be promoted at all are as bad as no payload.
  CROSS JOIN LATERAL (
    SELECT count(*) AS quarantined_payloads_24h FROM staging.validation_results v
     WHERE v.source = p.source AND v.entity = 'payload' AND v.severity = 'reject'
       AND v.created_at > now() - interval '24 hours'
  ) q;
COMMENT ON VIEW raw_data.source_health IS 'Health of each source from the collection log and promotion. freshness_status: failing when consecutive_failures >= sources.failing_after_consecutive_failures (default 3); else stale when the last success is older than sources.stale_after (or there was none); else degraded when payloads it stored in the last 24 hours were quarantined whole (not JSON, wrong shape, or promotion_error); else ok. Sources loaded by hand (stale_after NULL) are never stale. Skipped attempts (no key, disabled) count neither way.';
COMMENT ON COLUMN raw_data.source_health.source IS 'Source key.';
COMMENT ON COLUMN raw_data.source_health.last_attempt_at IS 'Start of the latest attempt of any outcome.';
COMMENT ON COLUMN raw_data.source_health.last_success_at IS 'Start of the latest attempt that stored a body or found it unchanged.';
COMMENT ON COLUMN raw_data.source_health.attempts_24h IS 'Attempts in the last 24 hours that succeeded or failed (skips excluded).';
COMMENT ON COLUMN raw_data.source_health.success_rate_24h IS 'Share of those attempts that succeeded, 0-1; NULL when there were none.';
COMMENT ON COLUMN raw_data.source_health.consecutive_failures IS 'Failed attempts since the last success.';
COMMENT ON COLUMN raw_data.source_health.median_latency_ms_24h IS 'Median time from start to finish of live attempts in the last 24 hours, in milliseconds, retries included.';
COMMENT ON COLUMN raw_data.source_health.rows_stored IS 'Raw rows this source has stored, ever.';
COMMENT ON COLUMN raw_data.source_health.skipped_24h IS 'Attempts skipped in the last 24 hours (no API key, disabled).';
COMMENT ON COLUMN raw_data.source_health.freshness_status IS 'ok, degraded, stale or failing, by the rules described on the view.';
COMMENT ON COLUMN raw_data.source_health.quarantined_payloads_24h IS 'Payloads of this source quarantined whole (entity payload, severity reject in staging.validation_results) in the last 24 hours.';

COMMIT;
