-- pgTAP: staging.stated_game_problem gives the first reason in order, NULL for a good game.
BEGIN;
SELECT plan(1);
SELECT results_eq($$SELECT staging.stated_game_problem(d::date, '2025-06-01 12:00Z', 366, sp, hk, ht, at, ta, tb, h, a, xa, xb, hs, aws)
                      FROM (VALUES
                        ('2025-06-14', NULL, true, 'NYY', 'BOS', NULL, NULL, 'NYY', 'BOS', NULL, NULL, '3', '2'),
                        (NULL, NULL, true, 'NYY', 'BOS', NULL, NULL, 'NYY', 'BOS', NULL, NULL, NULL, NULL),
                        ('2027-06-14', NULL, true, 'NYY', 'BOS', NULL, NULL, 'NYY', 'BOS', NULL, NULL, NULL, NULL),
                        ('2025-06-14', 'neutral_site_home_unknown', true, 'NYY', 'BOS', NULL, NULL, 'NYY', 'BOS', NULL, NULL, NULL, NULL),
                        ('2025-06-14', NULL, true, NULL, 'BOS', NULL, NULL, NULL, 'BOS', NULL, NULL, NULL, NULL),
                        ('2025-06-14', NULL, true, 'Gotham', 'BOS', NULL, NULL, NULL, 'BOS', NULL, NULL, NULL, NULL),
                        ('2025-06-14', NULL, false, NULL, NULL, 'NYY', 'NYY', NULL, NULL, 'NYY', 'NYY', NULL, NULL),
                        ('2025-06-14', NULL, true, 'NYY', 'BOS', NULL, NULL, 'NYY', 'BOS', NULL, NULL, '1000', '2'))
                        AS v(d, sp, hk, ht, at, ta, tb, h, a, xa, xb, hs, aws)$$,
  $$VALUES (NULL::text), ('missing_game_date'), ('game_date_out_of_range'), ('neutral_site_home_unknown'), ('missing_team'),
           ('unknown_team'), ('home_equals_away'), ('invalid_score')$$,
  'each reason in its order');
SELECT * FROM finish();
ROLLBACK;
