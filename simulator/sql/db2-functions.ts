/**
 * SQL run once when the engine's template database is built (before any system exists):
 * - the role every simulated job runs as, which may read the system objects but never change them;
 * - schema `db2`, searched before pg_catalog, with Db2 for i built-in functions PostgreSQL lacks
 *   or defines differently, and the helpers the generated table functions use.
 */

export const JOB_ROLE = "db2job";
export const DB2_FUNCTION_SCHEMA = "db2";

/** Hint prefix on errors raised by db2.raise_error: the Db2 native error code follows it. */
export const NATIVE_ERROR_HINT = "db2-native:";

export const TEMPLATE_SQL = `
CREATE ROLE ${JOB_ROLE} NOLOGIN;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT SELECT ON TABLES TO ${JOB_ROLE};
CREATE SCHEMA ${DB2_FUNCTION_SCHEMA};
GRANT USAGE ON SCHEMA ${DB2_FUNCTION_SCHEMA} TO PUBLIC;
SET search_path = ${DB2_FUNCTION_SCHEMA}, pg_catalog;

CREATE FUNCTION raise_error(sqlstate text, native integer, message text) RETURNS boolean
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = sqlstate, MESSAGE = message, HINT = '${NATIVE_ERROR_HINT}' || native;
END $$;

-- SQL0171: a table-function argument outside its allowed values.
CREATE FUNCTION check_argument(valid boolean, argument_number integer, function_name text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT valid OR raise_error('42815', -171, 'Argument ' || lpad(argument_number::text, 2, '0') || ' of function ' || function_name || ' not valid.')
$$;

-- List filters of the IBM i services: NULL, '' or '*ALL' select everything.
CREATE FUNCTION list_filter_items(list text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN list IS NULL OR btrim(list) IN ('', '*ALL') THEN NULL
              ELSE ARRAY(SELECT btrim(item) FROM unnest(string_to_array(list, ',')) AS item) END
$$;
CREATE FUNCTION name_in_list(name text, list text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT list_filter_items(list) IS NULL OR name = ANY (list_filter_items(list))
$$;
CREATE FUNCTION list_within(list text, maximum integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(cardinality(list_filter_items(list)) <= maximum, true)
$$;
-- JOB_NAME_FILTER: a name, a generic name (QTFTP*), *ALL, or *SYS / *SBS for those job types.
CREATE FUNCTION job_name_matches(name text, job_type text, filter text) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN filter IS NULL OR filter IN ('', '*ALL') THEN true
    WHEN filter IN ('*SYS', '*SBS') THEN job_type = substr(filter, 2)
    WHEN filter LIKE '%*' THEN starts_with(name, left(filter, -1))
    ELSE name = filter END
$$;
-- DETAILED_INFO: a column group is returned when asked for, or with ALL / FULL.
CREATE FUNCTION detail_includes(level text, column_group text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT upper(level) IN ('ALL', 'FULL') OR upper(level) = column_group
$$;

-- Scalar functions, with Db2 argument order and NULL handling.
CREATE FUNCTION db2_concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT $1 || $2 $$;
CREATE FUNCTION locate(search text, source text) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT strpos(source, search)
$$;
CREATE FUNCTION locate(search text, source text, start integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE WHEN strpos(substr(source, start), search) = 0 THEN 0
              ELSE strpos(substr(source, start), search) + start - 1 END
$$;
CREATE FUNCTION locate_in_string(source text, search text) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT strpos(source, search)
$$;
CREATE FUNCTION locate_in_string(source text, search text, start integer) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT locate(search, source, start) $$;
-- Db2 format elements that PostgreSQL spells differently: NNNNNN and FF are microseconds.
CREATE FUNCTION pg_datetime_format(format text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(replace(format, 'NNNNNN', 'US'), 'FF([^1-6]|$)', 'US\\1', 'g')
$$;
CREATE FUNCTION varchar_format(value timestamp, format text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT to_char(value, pg_datetime_format(format))
$$;
CREATE FUNCTION varchar_format(value timestamp) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT to_char(value, 'YYYY-MM-DD HH24:MI:SS')
$$;
CREATE FUNCTION varchar_format(value numeric, format text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT to_char(value, format)
$$;
CREATE FUNCTION timestamp_format(value text, format text) RETURNS timestamp LANGUAGE sql STABLE STRICT AS $$
  SELECT to_timestamp(value, pg_datetime_format(format))::timestamp
$$;
-- CHAR()/VARCHAR() as functions; the rewriter renames them where they are not data types.
CREATE FUNCTION db2_char(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT value $$;
CREATE FUNCTION db2_char(value text, length integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT rpad(value, length)
$$;
CREATE FUNCTION db2_char(value numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT value::text $$;
CREATE FUNCTION db2_char(value bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT value::text $$;
CREATE FUNCTION db2_char(value integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT value::text $$;
CREATE FUNCTION db2_char(value timestamp) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(value, 'YYYY-MM-DD-HH24.MI.SS.US')
$$;
CREATE FUNCTION db2_char(value date) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(value, 'YYYY-MM-DD') $$;
CREATE FUNCTION db2_char(value time) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(value, 'HH24.MI.SS') $$;
CREATE FUNCTION db2_varchar(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT value $$;
CREATE FUNCTION db2_varchar(value text, length integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT left(value, length)
$$;
CREATE FUNCTION db2_varchar(value numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT db2_char(value) $$;
CREATE FUNCTION db2_varchar(value bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT db2_char(value) $$;
CREATE FUNCTION db2_varchar(value integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT db2_char(value) $$;
CREATE FUNCTION db2_varchar(value timestamp) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT db2_char(value) $$;
CREATE FUNCTION db2_varchar(value date) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT db2_char(value) $$;
-- TIMESTAMP() also reads Db2's own text form 2026-11-22-10.15.00.000000.
CREATE FUNCTION db2_timestamp(value text) RETURNS timestamp LANGUAGE sql STABLE STRICT AS $$
  SELECT CASE WHEN value ~ '^\\d{4}-\\d{2}-\\d{2}-' THEN to_timestamp(value, 'YYYY-MM-DD-HH24.MI.SS.US')::timestamp
              ELSE value::timestamp END
$$;
CREATE FUNCTION db2_timestamp(value timestamp) RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$ SELECT value $$;
CREATE FUNCTION db2_timestamp(value date) RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$ SELECT value::timestamp $$;
CREATE FUNCTION db2_timestamp(day date, clock time) RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$ SELECT day + clock $$;
CREATE FUNCTION db2_time(value text) RETURNS time LANGUAGE sql STABLE STRICT AS $$ SELECT replace(value, '.', ':')::time $$;
CREATE FUNCTION db2_time(value timestamp) RETURNS time LANGUAGE sql IMMUTABLE AS $$ SELECT value::time $$;
CREATE FUNCTION year(value timestamp) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT extract(year FROM value)::integer $$;
CREATE FUNCTION month(value timestamp) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT extract(month FROM value)::integer $$;
CREATE FUNCTION day(value timestamp) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT extract(day FROM value)::integer $$;
CREATE FUNCTION hour(value timestamp) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT extract(hour FROM value)::integer $$;
CREATE FUNCTION minute(value timestamp) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT extract(minute FROM value)::integer $$;
CREATE FUNCTION second(value timestamp) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT floor(extract(second FROM value))::integer $$;
CREATE FUNCTION microsecond(value timestamp) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT (extract(microseconds FROM value)::integer % 1000000)
$$;
CREATE FUNCTION dayofweek(value timestamp) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT extract(dow FROM value)::integer + 1 $$;
-- DAYS(): days since 0001-01-01, plus one.
CREATE FUNCTION days(value timestamp) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT (value::date - date '0001-01-01') + 1
$$;
CREATE FUNCTION digits(value smallint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(abs(value)::text, 5, '0') $$;
CREATE FUNCTION digits(value integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(abs(value)::text, 10, '0') $$;
CREATE FUNCTION digits(value bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lpad(abs(value)::text, 19, '0') $$;
-- Db2 TRANSLATE(string, to, from) has PostgreSQL's last two arguments swapped; one argument upper-cases.
CREATE FUNCTION translate(value text, to_chars text, from_chars text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT pg_catalog.translate(value, from_chars, to_chars)
$$;
CREATE FUNCTION translate(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(value) $$;
CREATE FUNCTION regexp_like(value text, pattern text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT value ~ pattern $$;
CREATE FUNCTION regexp_like(value text, pattern text, flags text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN flags LIKE '%i%' THEN value ~* pattern ELSE value ~ pattern END
$$;
-- Db2 replaces every match by default.
CREATE FUNCTION regexp_replace(value text, pattern text, replacement text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT pg_catalog.regexp_replace(value, pattern, replacement, 'g')
$$;
CREATE FUNCTION strip(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT btrim(value) $$;
CREATE FUNCTION space(length integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT repeat(' ', length) $$;
RESET search_path;
`;
