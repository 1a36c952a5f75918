import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { SystemRow } from "./plan-context";

export async function loadSystem(db: Db, systemId: string): Promise<SystemRow> {
  const system = await db.system.findUnique({
    where: { id: systemId },
    select: { id: true, name: true, userProfile: true, readOnly: true, twoPersonRule: true, policy: true, enabled: true },
  });
  if (!system) throw new AppError("not_found", "That system is no longer registered.");
  if (!system.enabled) throw new AppError("refused", `${system.name} is disabled.`);
  return system;
}
