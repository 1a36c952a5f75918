import { afterAll, afterEach, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { generateSecretKey } from "@/lib/db/secrets";
import { assertSecretKeyMatches, openSystemSecret, sealSystemSecret } from "@/lib/db/system-secrets";
import { getEnv, setEnvVar, unsetEnvVar } from "@/lib/env";

const originalKey = getEnv().PORTCULLIS_SECRET_KEY as string;

afterEach(async () => {
  setEnvVar("PORTCULLIS_SECRET_KEY", originalKey);
  await prisma.system.deleteMany({ where: { name: "GUARDTEST" } });
});
afterAll(() => prisma.$disconnect());

async function registerSystem() {
  await prisma.system.create({
    data: {
      name: "GUARDTEST",
      host: "127.0.0.1",
      userProfile: "PORTCUL",
      authMethod: "password",
      secretCiphertext: sealSystemSecret("s3cret"),
      hostKeySha256: "SHA256:abc",
    },
  });
}

describe("secret key guard", () => {
  test("passes with the key that sealed the credentials, which open again", async () => {
    await registerSystem();
    await expect(assertSecretKeyMatches(prisma)).resolves.toBeUndefined();
    const stored = await prisma.system.findUnique({ where: { name: "GUARDTEST" }, select: { secretCiphertext: true } });
    expect(openSystemSecret(stored?.secretCiphertext ?? "")).toBe("s3cret");
  });

  test("default selects never return the sealed secret", async () => {
    await registerSystem();
    const row = await prisma.system.findUnique({ where: { name: "GUARDTEST" } });
    expect(row).not.toHaveProperty("secretCiphertext");
  });

  test("refuses to start without the key when sealed credentials exist, changing nothing", async () => {
    await registerSystem();
    const before = await prisma.system.findUnique({ where: { name: "GUARDTEST" }, select: { secretCiphertext: true } });
    unsetEnvVar("PORTCULLIS_SECRET_KEY");
    await expect(assertSecretKeyMatches(prisma)).rejects.toThrow(/PORTCULLIS_SECRET_KEY is not set, but \d+ registered system\(s\) have credentials sealed with it/);
    const after = await prisma.system.findUnique({ where: { name: "GUARDTEST" }, select: { secretCiphertext: true } });
    expect(after).toEqual(before);
  });

  test("refuses a different key by name", async () => {
    await registerSystem();
    setEnvVar("PORTCULLIS_SECRET_KEY", generateSecretKey());
    await expect(assertSecretKeyMatches(prisma)).rejects.toThrow(/sealed with key [0-9a-f]{12}, but PORTCULLIS_SECRET_KEY is key/);
  });
});
