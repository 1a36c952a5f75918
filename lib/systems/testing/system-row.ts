import type { Db } from "@/lib/db/client";
import { sealCredential, type TCredential } from "../credential";

/** A registered system written straight to the database, for tests of what comes after registration. */
export async function insertSystem(
  db: Db,
  values: { host?: string; port: number; hostKeySha256: string; credential: TCredential; name?: string; userProfile?: string },
): Promise<{ id: string; name: string }> {
  const name = values.name ?? `SYS-${Math.random().toString(36).slice(2, 10)}`;
  return db.system.create({
    data: {
      name,
      host: values.host ?? "127.0.0.1",
      port: values.port,
      userProfile: values.userProfile ?? "DASHUSR",
      ...sealCredential(values.credential),
      hostKeySha256: values.hostKeySha256,
    },
    select: { id: true, name: true },
  });
}
