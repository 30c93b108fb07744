-- pgTAP: the contract of change staging/promote/books (promotion step: book catalogues), and its
-- rules: the newest catalogue is the authority; an id maps to the brand its entry names
-- (parent_name), never by an outlet's display name; changes are recorded; an unknown brand
-- unmaps the id with a warning; an older catalogue changes nothing.
BEGIN;
SELECT plan(6);

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
CREATE TEMP TABLE ok_batch (raw_table text, raw_id bigint, fetched_at timestamptz);
-- Store a catalogue fetched at p_at and promote it alone.
CREATE FUNCTION pg_temp.catalogue(p_at timestamptz, p_books jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM raw_data.record_attempt('action_network', 'books', 'action_network_books', 'tap-books-' || p_at, p_at, p_at,
                                  p_http_status => 200, p_body => jsonb_build_object('books', p_books)::text);
  TRUNCATE ok_batch;
  INSERT INTO ok_batch SELECT 'action_network_books', max(id), p_at FROM raw_data.action_network_books;
  PERFORM staging.promote_books((SELECT max(id) FROM pipeline.runs));
END
$$;
CREATE FUNCTION pg_temp.brand(p_id text) RETURNS text LANGUAGE sql AS $$
  SELECT b.book_key || coalesce(' ' || m.outlet_name, '') FROM staging.sportsbook_source_ids m JOIN staging.sportsbooks b USING (sportsbook_id)
   WHERE m.source = 'action_network' AND m.source_book_key = p_id
$$;

SELECT pg_temp.catalogue('2020-01-01 12:00Z', '[{"id": 97201, "display_name": "Fanatics"}]');
SELECT is(pg_temp.brand('97201'), 'fanatics Fanatics', 'an entry stating no brand is matched by its whole display name');
SELECT pg_temp.catalogue('2020-01-02 12:00Z',
  '[{"id": 97201, "display_name": "BetRivers NY", "parent_name": "BetRivers", "meta": {"states": ["NY"]}},
    {"id": 6801, "display_name": "DK NJ", "parent_name": "DraftKings", "meta": {"states": ["NJ"], "is_legal": true}},
    {"id": 6802, "display_name": "DraftKings", "parent_name": "Nowhere Sportsbook"}]');
SELECT is(pg_temp.brand('97201'), 'betrivers BetRivers NY', 'a newer catalogue maps the id to the brand its parent names');
SELECT is((SELECT o.book_key || '>' || n.book_key FROM staging.sportsbook_source_id_changes c
             JOIN staging.sportsbooks o ON o.sportsbook_id = c.old_sportsbook_id JOIN staging.sportsbooks n ON n.sportsbook_id = c.new_sportsbook_id
            WHERE c.source_book_key = '97201'), 'fanatics>betrivers', 'and the change is recorded with the catalogue that made it');
SELECT is((SELECT states::text || ' ' || is_legal FROM staging.sportsbook_source_ids WHERE source_book_key = '6801'), '{NJ} true',
          'the outlet keeps its states and legality');
SELECT ok(pg_temp.brand('6802') IS NULL AND EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'unknown_book_brand' AND record_ref = 'book:6802'),
          'a brand nobody maps leaves the id unmapped, warned, even when the display name is a known brand');
SELECT pg_temp.catalogue('2019-06-01 12:00Z', '[{"id": 97201, "display_name": "Fanatics"}]');
SELECT is(pg_temp.brand('97201'), 'betrivers BetRivers NY', 'an older catalogue changes nothing');

SELECT * FROM finish();
ROLLBACK;
