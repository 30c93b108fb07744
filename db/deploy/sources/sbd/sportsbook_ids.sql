-- Deploy mlb:sources/sbd/sportsbook_ids
-- Its reference rows in staging.sportsbook_source_ids.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The books it names, each mapped to its brand (staging.sportsbooks); a name no row maps is
-- quarantined as unknown_book, the name in the reason.
INSERT INTO staging.sportsbook_source_ids (source, source_book_key, sportsbook_id, origin)
SELECT 'sbd', x.k, b.sportsbook_id, 'reference'
  FROM (VALUES
    ('bet365', 'bet365'), ('betmgm', 'betmgm'), ('caesars', 'caesars'),
    ('draftkings', 'draftkings'), ('fanatics', 'fanatics'), ('fanduel', 'fanduel')
  ) AS x(k, book_key)
  JOIN staging.sportsbooks b ON b.book_key = x.book_key;

COMMIT;
