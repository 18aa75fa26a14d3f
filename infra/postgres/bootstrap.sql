-- One schema and one login role per service, each role confined to its own schema (DESIGN §5).
-- Run by a superuser inside the target database; safe to re-run. The service names come from
-- the session setting crm.services (bootstrap.ts sets it from SERVICE_NAMES), e.g. with psql:
--   PGOPTIONS='-c crm.services=identity,customer,sales,service,marketing,analytics,notification' \
--     psql -d crm -f infra/postgres/bootstrap.sql

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- public holds only extension objects: everyone may use them, nobody may create there.
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO PUBLIC;

DO $bootstrap$
DECLARE
  services text[] := string_to_array(current_setting('crm.services'), ',');
  service text;
  role_name text;
  other text;
  schema_name text;
BEGIN
  -- Only the service roles may connect, and nobody gets TEMP (a schema outside their own).
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());

  FOREACH service IN ARRAY services LOOP
    role_name := format('crm_%s', service);
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
      -- The password is a dev default; production sets its own (or uses another auth method).
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', role_name, role_name);
      RAISE NOTICE 'created role %', role_name;
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS', role_name);
  END LOOP;

  FOREACH service IN ARRAY services LOOP
    role_name := format('crm_%s', service);
    -- <service>_jobs holds the service's job queue (libs/scheduler), apart from its domain tables.
    FOREACH schema_name IN ARRAY ARRAY[service, format('%s_jobs', service)] LOOP
      IF NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = schema_name) THEN
        EXECUTE format('CREATE SCHEMA %I', schema_name);
        RAISE NOTICE 'created schema %', schema_name;
      END IF;
      EXECUTE format('ALTER SCHEMA %I OWNER TO %I', schema_name, role_name);
      EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', schema_name);
      FOREACH other IN ARRAY array_remove(services, service) LOOP
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', schema_name, format('crm_%s', other));
      END LOOP;
    END LOOP;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), role_name);
    -- public comes second so pg_trgm's functions, operators and opclasses resolve unqualified.
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET search_path = %I, public',
                   role_name, current_database(), service);
  END LOOP;
END
$bootstrap$;
