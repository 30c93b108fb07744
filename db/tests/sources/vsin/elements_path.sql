-- pgTAP: sources/vsin/elements_path (a VSIN page's elements are its game rows, not its tables).
BEGIN;
SELECT plan(3);
SELECT is((SELECT jsonb_array_length(jsonb_path_query_array(
             '{"tables": [{"rows": [[{"texts": ["Monday,Dec 07"]}, {"texts": ["Moneyline"]}]]}]}', elements_path))
             FROM raw_data.payload_tables WHERE raw_table = 'vsin_data'),
          0, 'a page of an empty board (a table, its header, no game row) holds no element');
SELECT is((SELECT jsonb_array_length(jsonb_path_query_array(
             '{"tables": [{"rows": [[{"texts": ["Monday,Dec 07"]}], [{"texts": ["New York Mets", "Philadelphia Phillies"]}],
                                    [{"texts": ["Boston Red Sox", "New York Yankees"]}]]},
                          {"rows": [[{"texts": ["Team"]}], [{"texts": ["Texas Rangers"]}]]}]}', elements_path))
             FROM raw_data.payload_tables WHERE raw_table = 'vsin_data'),
          3, 'each table''s rows after its header are its elements');
SELECT is((SELECT jsonb_array_length(jsonb_path_query_array('{"tables": [{"rows": {"x": 1}}, 7]}', elements_path))
             FROM raw_data.payload_tables WHERE raw_table = 'vsin_data'),
          0, 'a table of another shape holds none, and is no error');
SELECT * FROM finish();
ROLLBACK;
