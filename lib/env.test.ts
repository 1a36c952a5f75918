import { afterEach, describe, expect, test } from "vitest";
import { EnvError, getEnv, resetEnvCache } from "./env";

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

function withEnv(values: Record<string, string>) {
  process.env = { ...saved, ...values };
  resetEnvCache();
}

describe("environment", () => {
  test("names each malformed variable", () => {
    withEnv({ DATABASE_URL: "mysql://nope", PORTCULLIS_SECRET_KEY: "short", PORT: "99999" });
    try {
      getEnv();
      throw new Error("expected EnvError");
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as EnvError).variables.sort()).toEqual(["DATABASE_URL", "PORT", "PORTCULLIS_SECRET_KEY"]);
      expect((error as Error).message).toMatch(/PORTCULLIS_SECRET_KEY: must be 32 bytes/);
    }
  });

  test("applies defaults and parses flags", () => {
    withEnv({ PORTCULLIS_IN_PROCESS_WORKER: "1", PORTCULLIS_SCHEDULER: "false" });
    const env = getEnv();
    expect(env.PORT).toBe(3000);
    expect(env.EMBEDDED_PG_DIR).toBe("data/postgres");
    expect(env.PORTCULLIS_IN_PROCESS_WORKER).toBe(true);
    expect(env.PORTCULLIS_SCHEDULER).toBe(false);
  });
});
