-- Deploy mlb:sources/action_network/outcome_points
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.action_network_outcome_points(history jsonb)
RETURNS TABLE (line_text text, price_text text, observed_at timestamptz, unreadable text)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT x.*
    FROM (SELECT CASE WHEN jsonb_typeof(history) = 'array'
                      THEN NOT jsonb_path_exists(history, 'strict $[*] ? (@.type() != "object")') END OFFSET 0)
         AS k(all_objects)
   CROSS JOIN LATERAL (
     SELECT r.value, r.odds, raw_data.iso_time(r.updated_at), NULL::text
       FROM jsonb_to_recordset(CASE WHEN k.all_objects THEN history END) AS r(value text, odds text, updated_at text)
     UNION ALL
     SELECT h.point->>'value', h.point->>'odds', raw_data.iso_time(h.point->>'updated_at'), u.element
       FROM jsonb_array_elements(CASE WHEN NOT k.all_objects THEN history END) AS h(point)
      CROSS JOIN LATERAL (SELECT NULL::text UNION ALL SELECT left(h.point::text, 200) WHERE jsonb_typeof(h.point) <> 'object')
            AS u(element)
   ) AS x
$$;
COMMENT ON FUNCTION raw_data.action_network_outcome_points(jsonb) IS 'The points of one Action Network outcome history as stated: value, odds, updated_at (NULL when missing or not a real instant: staging quarantines it as invalid_observed_at). A list of objects is read by jsonb_to_recordset; a list holding anything else point by point, where a point that is not an object comes twice: once with no fields and once with its text as unreadable. Nothing when the history is not a list.';

COMMIT;
