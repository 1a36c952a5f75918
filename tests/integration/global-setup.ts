import { randomBytes } from "node:crypto";
import { generateSecretKey } from "../../lib/db/secrets";
import { getEnv, getTestEnv, setEnvVar } from "../../lib/env";
import { createThrowawayDatabase } from "../../scripts/support/throwaway-database";

/**
 * Gives the integration suite its own fresh, migrated database, dropped afterwards:
 * - PORTCULLIS_TEST_DB=embedded: an embedded PostgreSQL in a temporary folder;
 * - otherwise DATABASE_URL's server when set, else the PostgreSQL on 127.0.0.1:5432 when it answers,
 *   else a throwaway embedded cluster.
 * The URL reaches the test workers through DATABASE_URL (they inherit this process's environment).
 */
export default async function setup() {
  const testEnv = getTestEnv();
  const database = await createThrowawayDatabase({
    prefix: "portcullis_test",
    embedded: testEnv.PORTCULLIS_TEST_DB === "embedded",
    serverUrl: getEnv().DATABASE_URL ?? testEnv.PORTCULLIS_TEST_SERVER_URL,
  });
  setEnvVar("DATABASE_URL", database.url);
  setEnvVar("PORTCULLIS_SECRET_KEY", generateSecretKey());
  setEnvVar("BETTER_AUTH_SECRET", randomBytes(32).toString("base64url"));
  console.log(`[integration] database ${database.where}`);
  return () => database.drop();
}
