-- Deploy mlb:pipeline/replace_keeping_dependents
-- A table a view and SQL functions depend on cannot change its shape or become
-- a view (issue 14's narrow staging.betting_lines): the dependents must be
-- dropped and created again. This saves their definitions, comments and
-- grants, drops them, runs the change, and creates them again from what it
-- saved, so no migration writes a copy of another change's view.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION pipeline.replace_keeping_dependents(p_relation regclass, p_ddl text) RETURNS int
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
DECLARE
  v_name text := p_relation::text;
  -- The relation's own column comments, for the relation of the same name the DDL leaves.
  v_column_comments jsonb := (SELECT jsonb_object_agg(a.attname, col_description(a.attrelid, a.attnum))
                                FROM pg_attribute a
                               WHERE a.attrelid = p_relation AND a.attnum > 0 AND NOT a.attisdropped
                                 AND col_description(a.attrelid, a.attnum) IS NOT NULL);
  v_objects jsonb;
  v_object record;
  v_statement text;
  v_count int := 0;
BEGIN
  -- Views (by their rewrite rules) and SQL-standard-body functions that depend on the relation,
  -- and on those, at the depth of their longest path from it.
  WITH RECURSIVE walk (oid, kind, depth) AS (
    SELECT p_relation::oid, 'relation'::text, 0
    UNION ALL
    SELECT coalesce(r.ev_class, f.oid), CASE WHEN r.ev_class IS NOT NULL THEN 'view' ELSE 'function' END, w.depth + 1
      FROM walk w
      JOIN pg_depend d ON d.refobjid = w.oid AND d.deptype = 'n'
                      AND d.refclassid = CASE w.kind WHEN 'function' THEN 'pg_proc'::regclass ELSE 'pg_class'::regclass END
      LEFT JOIN pg_rewrite r ON d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid AND r.ev_class <> w.oid
      LEFT JOIN pg_proc f ON d.classid = 'pg_proc'::regclass AND f.oid = d.objid
     WHERE r.ev_class IS NOT NULL OR f.oid IS NOT NULL
  )
  SELECT coalesce(jsonb_agg(to_jsonb(d)), '[]') INTO v_objects FROM (
  SELECT w.kind, max(w.depth) AS depth,
         CASE w.kind WHEN 'view' THEN w.oid::regclass::text ELSE w.oid::regprocedure::text END AS name,
         -- What creates it again: definition, comments, grants.
         CASE w.kind
           WHEN 'view' THEN
             format('CREATE VIEW %s%s AS %s', w.oid::regclass,
                    (SELECT ' WITH (' || array_to_string(c.reloptions, ', ') || ')' FROM pg_class c WHERE c.oid = w.oid),
                    pg_get_viewdef(w.oid))
           ELSE pg_get_functiondef(w.oid)
         END AS definition,
         array(
           SELECT format('COMMENT ON %s %s IS %L', CASE w.kind WHEN 'view' THEN 'VIEW' ELSE 'FUNCTION' END,
                         CASE w.kind WHEN 'view' THEN w.oid::regclass::text ELSE w.oid::regprocedure::text END, ds.description)
             FROM pg_description ds
            WHERE ds.objoid = w.oid AND ds.objsubid = 0
              AND ds.classoid = CASE w.kind WHEN 'view' THEN 'pg_class'::regclass ELSE 'pg_proc'::regclass END
           UNION ALL
           SELECT format('COMMENT ON COLUMN %s.%I IS %L', w.oid::regclass, a.attname, ds.description)
             FROM pg_description ds JOIN pg_attribute a ON a.attrelid = ds.objoid AND a.attnum = ds.objsubid
            WHERE w.kind = 'view' AND ds.objoid = w.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid > 0
           UNION ALL
           SELECT format('GRANT %s ON %s %s TO %s%s', x.privilege_type, CASE w.kind WHEN 'view' THEN 'TABLE' ELSE 'FUNCTION' END,
                         CASE w.kind WHEN 'view' THEN w.oid::regclass::text ELSE w.oid::regprocedure::text END,
                         CASE x.grantee WHEN 0 THEN 'PUBLIC' ELSE quote_ident(x.grantee::regrole::text) END,
                         CASE WHEN x.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END)
             FROM (SELECT c.relacl AS acl FROM pg_class c WHERE w.kind = 'view' AND c.oid = w.oid
                   UNION ALL SELECT f.proacl FROM pg_proc f WHERE w.kind = 'function' AND f.oid = w.oid) o
            CROSS JOIN LATERAL aclexplode(o.acl) x
           UNION ALL
           -- Triggers on a view (INSTEAD OF) and their comments.
           SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE w.kind = 'view' AND t.tgrelid = w.oid AND NOT t.tgisinternal
           UNION ALL
           SELECT format('COMMENT ON TRIGGER %I ON %s IS %L', t.tgname, w.oid::regclass, ds.description)
             FROM pg_trigger t JOIN pg_description ds ON ds.objoid = t.oid AND ds.classoid = 'pg_trigger'::regclass
            WHERE w.kind = 'view' AND t.tgrelid = w.oid AND NOT t.tgisinternal
           UNION ALL
           SELECT format('GRANT %s (%I) ON TABLE %s TO %s', x.privilege_type, a.attname, w.oid::regclass,
                         CASE x.grantee WHEN 0 THEN 'PUBLIC' ELSE quote_ident(x.grantee::regrole::text) END)
             FROM pg_attribute a CROSS JOIN LATERAL aclexplode(a.attacl) x
            WHERE w.kind = 'view' AND a.attrelid = w.oid AND a.attacl IS NOT NULL
         ) AS extras,
         -- A function whose grants were set explicitly had PUBLIC's default EXECUTE taken away or kept on purpose.
         w.kind = 'function' AND (SELECT f.proacl IS NOT NULL FROM pg_proc f WHERE f.oid = w.oid) AS explicit_acl
    FROM walk w
   WHERE w.depth > 0
   GROUP BY w.oid, w.kind) d;

  FOR v_object IN SELECT * FROM jsonb_to_recordset(v_objects) AS x(kind text, depth int, name text)
                   ORDER BY x.depth DESC, x.name LOOP
    EXECUTE format('DROP %s %s', upper(v_object.kind), v_object.name);
  END LOOP;

  EXECUTE p_ddl;

  -- Columns of the same name keep their comments unless the DDL wrote its own.
  FOR v_object IN SELECT c.key AS attname, c.value AS description
                    FROM jsonb_each_text(v_column_comments) c
                    JOIN pg_attribute a ON a.attrelid = v_name::regclass AND a.attname = c.key AND NOT a.attisdropped
                   WHERE col_description(a.attrelid, a.attnum) IS NULL LOOP
    EXECUTE format('COMMENT ON COLUMN %s.%I IS %L', v_name, v_object.attname, v_object.description);
  END LOOP;

  FOR v_object IN SELECT * FROM jsonb_to_recordset(v_objects)
                          AS x(kind text, depth int, name text, definition text, extras text[], explicit_acl boolean)
                   ORDER BY x.depth, x.name LOOP
    EXECUTE v_object.definition;
    IF v_object.explicit_acl THEN
      EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_object.name);
    END IF;
    FOREACH v_statement IN ARRAY v_object.extras LOOP
      EXECUTE v_statement;
    END LOOP;
    v_count := v_count + 1;
  END LOOP;
  RETURN v_count;
END
$$;
REVOKE ALL ON FUNCTION pipeline.replace_keeping_dependents(regclass, text) FROM PUBLIC;
COMMENT ON FUNCTION pipeline.replace_keeping_dependents(regclass, text) IS 'For migrations that change a relation''s shape (a table becoming a view, a column''s type): saves every view and SQL-standard-body function that depends on p_relation, directly or through one another (definition, view options, comments on them and their columns, triggers on the views, grants), drops them deepest first, runs p_ddl, gives the columns of the relation it leaves under the same name the comments the old relation''s columns of the same name had (where p_ddl wrote none), and creates the dependents again in dependency order with the same comments and grants. Returns how many it created again. p_ddl must leave a relation of the same name whose columns the dependents can read. Run by the deploying owner only.';

COMMIT;
