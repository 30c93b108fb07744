-- pgTAP: raw_data/payload_tables_elements_path (a raw table can say where its data elements are).
BEGIN;
SELECT plan(2);
SELECT has_column('raw_data', 'payload_tables', 'elements_path', 'a raw table can say where its data elements are');
SELECT col_type_is('raw_data', 'payload_tables', 'elements_path', 'jsonpath', 'as a jsonpath');
SELECT * FROM finish();
ROLLBACK;
