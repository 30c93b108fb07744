-- Deploy mlb:raw_data/record_attempt
-- Log an attempt and store its body with dedupe.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.record_attempt(
  p_source text,
  p_endpoint text,
  p_raw_table text,
  p_request_key text,
  p_started_at timestamptz,
  p_finished_at timestamptz,
  p_url text DEFAULT NULL,
  p_params jsonb DEFAULT '{}',
  p_mode text DEFAULT 'live',
  p_http_status int DEFAULT NULL,
  p_content_type text DEFAULT NULL,
  p_body text DEFAULT NULL,
  p_body_sha256 text DEFAULT NULL,
  p_body_bytes int DEFAULT NULL,
  p_rendered_payload jsonb DEFAULT NULL,
  p_outcome text DEFAULT NULL,
  p_error_text text DEFAULT NULL,
  p_retry_count int DEFAULT 0,
  p_agent_version text DEFAULT NULL,
  p_quota_remaining int DEFAULT NULL,
  p_quota_used int DEFAULT NULL,
  p_quota_last_cost int DEFAULT NULL,
  p_body_raw bytea DEFAULT NULL,
  OUT collection_log_id bigint,
  OUT raw_id bigint,
  OUT outcome text
)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, raw_data
AS $$
DECLARE
  v_payload jsonb;
  v_body_text text;
  v_latest_id bigint;
  v_latest_hash text;
  v_season int;
  v_ok boolean := p_http_status IS NULL OR p_http_status BETWEEN 200 AND 299;
  v_sha256 text := coalesce(encode(sha256(p_body_raw), 'hex'), p_body_sha256, encode(sha256(convert_to(p_body, 'UTF8')), 'hex'));
BEGIN
  -- What is written here is read forever: a fetch in the future would make the source look fresh until
  -- then, and a request key that looks like a date range but is not one would be misread by rebuilds.
  IF p_finished_at > now() + interval '5 minutes' OR p_started_at > now() + interval '5 minutes' THEN
    RAISE EXCEPTION 'fetch time % is in the future', greatest(p_started_at, p_finished_at)
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_request_key LIKE '%..%' AND NOT coalesce(
       p_request_key ~ '^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$'
       AND raw_data.iso_date(split_part(p_request_key, '..', 1)) <= raw_data.iso_date(split_part(p_request_key, '..', 2)), false) THEN
    RAISE EXCEPTION 'request key % is not a date range (YYYY-MM-DD..YYYY-MM-DD, first <= last)', p_request_key
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_body_raw IS NOT NULL AND p_body_sha256 IS NOT NULL AND p_body_sha256 <> v_sha256 THEN
    RAISE EXCEPTION 'body_sha256 % is not the SHA-256 of the body (%)', p_body_sha256, v_sha256
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM raw_data.payload_tables t WHERE t.source = p_source AND t.raw_table = p_raw_table) THEN
    RAISE EXCEPTION 'raw table % does not belong to source %', p_raw_table, p_source
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  collection_log_id := nextval(pg_get_serial_sequence('raw_data.collection_log', 'id'));

  IF p_body IS NULL AND p_rendered_payload IS NULL THEN
    -- No body: a failure or skip the agent has already classified.
    outcome := coalesce(p_outcome, 'network_error');
  ELSE
    IF p_rendered_payload IS NOT NULL THEN
      v_payload := p_rendered_payload;
      v_body_text := p_body;
    ELSE
      BEGIN
        BEGIN
          v_payload := p_body::jsonb;
        EXCEPTION WHEN untranslatable_character THEN
          -- Valid JSON that JSONB cannot hold (\u0000): the rendering shows U+FFFD, the bytes keep it.
          v_payload := replace(p_body, '\u0000', '\ufffd')::jsonb;
        END;
      EXCEPTION WHEN others THEN
        v_payload := NULL;
        v_body_text := p_body;
      END;
    END IF;
    outcome := CASE WHEN NOT v_ok THEN 'http_error'
                    WHEN v_payload IS NULL THEN 'invalid_payload'
                    ELSE 'stored' END;

    -- Serialise dedupe per table and key so two agents cannot both store: a row
    -- lock only the owner can take (a second agent waits for the first to commit).
    INSERT INTO raw_data.request_keys (raw_table, request_key) VALUES (p_raw_table, p_request_key) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM raw_data.request_keys k WHERE k.raw_table = p_raw_table AND k.request_key = p_request_key FOR UPDATE;
    EXECUTE format('SELECT id, body_sha256 FROM raw_data.%I WHERE request_key = $1 ORDER BY id DESC LIMIT 1', p_raw_table)
      INTO v_latest_id, v_latest_hash USING p_request_key;

    IF v_latest_hash IS NOT DISTINCT FROM v_sha256 THEN
      raw_id := v_latest_id;
      IF outcome = 'stored' THEN
        outcome := 'unchanged';
      END IF;
    ELSE
      -- Filed under its season, in that season's partition (created before its first row).
      v_season := raw_data.request_season(p_raw_table, p_request_key, p_finished_at);
      PERFORM raw_data.add_payload_partitions(p_raw_table, ARRAY[v_season]);
      EXECUTE format('INSERT INTO raw_data.%I (collection_log_id, request_key, request_params, source_url, fetched_at,
                        http_status, content_type, payload, body_text, body_sha256, body_bytes, agent_version, body, season)
                      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id', p_raw_table)
        INTO raw_id
        USING collection_log_id, p_request_key, coalesce(p_params, '{}'), p_url, p_finished_at, p_http_status,
              p_content_type, v_payload, v_body_text, v_sha256,
              coalesce(p_body_bytes, octet_length(p_body_raw), octet_length(p_body), octet_length(p_rendered_payload::text)),
              p_agent_version, p_body_raw, v_season;
    END IF;
  END IF;

  INSERT INTO raw_data.collection_log (id, source, endpoint, request_key, url, params, mode, started_at, finished_at,
         http_status, body_bytes, body_sha256, outcome, error_text, raw_table, raw_id, retry_count, agent_version,
         quota_remaining, quota_used, quota_last_cost)
  VALUES (collection_log_id, p_source, p_endpoint, p_request_key, p_url, coalesce(p_params, '{}'), p_mode,
          p_started_at, p_finished_at, p_http_status, coalesce(p_body_bytes, octet_length(p_body_raw), octet_length(p_body)), v_sha256,
          outcome, p_error_text, CASE WHEN raw_id IS NOT NULL THEN p_raw_table END, raw_id, p_retry_count,
          p_agent_version, p_quota_remaining, p_quota_used, p_quota_last_cost);
END
$$;
COMMENT ON FUNCTION raw_data.record_attempt(text, text, text, text, timestamptz, timestamptz, text, jsonb, text, int, text,
  text, text, int, jsonb, text, text, int, text, int, int, int, bytea) IS
'Logs one collection attempt in raw_data.collection_log and, when a body arrived, stores it in the named raw table: its bytes exactly as received (p_body_raw, whose SHA-256 is the stored hash; a different p_body_sha256 is refused), and as JSONB when it parses (\u0000 shown as U+FFFD; duplicate keys keep the last) or the given rendering for HTML and spreadsheets, else as text. The agent''s only way to write raw (SECURITY DEFINER). Refuses a fetch time more than five minutes in the future and a request key with .. that is not a date range. A body whose SHA-256 equals the latest stored for the same request key is not stored again: the log says unchanged (or keeps its error outcome) and points at the existing row. A stored row is filed under its season (raw_data.request_season), in that season''s partition of the table, created with its first row (raw_data.add_payload_partitions). Outcome: stored, unchanged, http_error (non-2xx), invalid_payload (2xx but not JSON), or the one the caller gives for body-less attempts.';
GRANT EXECUTE ON FUNCTION raw_data.record_attempt(text, text, text, text, timestamptz, timestamptz, text, jsonb, text, int, text,
  text, text, int, jsonb, text, text, int, text, int, int, int, bytea) TO mlb_agent;

COMMIT;
