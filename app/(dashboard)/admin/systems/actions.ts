"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { prisma } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { queueClient } from "@/lib/jobs/boss";
import { transportOptions } from "@/lib/systems/connection";
import { deleteSystem } from "@/lib/systems/delete-system";
import { acceptHostKey, dismissHostKey } from "@/lib/systems/host-key-change";
import { registerSystem } from "@/lib/systems/register-system";
import { setSystemEnabled } from "@/lib/systems/set-system-enabled";
import { ZRegisterSystem, ZTestConnection, ZUpdateSystem } from "@/lib/systems/system-input";
import { testSystemConnection } from "@/lib/systems/test-system-connection";
import { updatePolicy, ZPolicyUpdate } from "@/lib/systems/update-policy";
import { updateSafetySwitches, ZSafetySwitches } from "@/lib/systems/update-safety-switches";
import { updateSystem } from "@/lib/systems/update-system";

const ZSystemId = z.object({ systemId: z.uuid() });

function refresh(systemId?: string) {
  revalidatePath("/admin/systems");
  if (systemId) revalidatePath(`/admin/systems/${systemId}`);
}

export const testConnectionAction = defineAction({ permission: "systems.manage", input: ZTestConnection, action: "system.test_connection" }, async ({ input }) => {
  const report = await testSystemConnection(prisma, input, { transport: transportOptions() });
  return { hostKey: report.hostKey, userProfile: report.probe.userProfile, readiness: report.readiness };
});

export const registerSystemAction = defineAction({ permission: "systems.manage", input: ZRegisterSystem, action: "system.create" }, async ({ input, audit }) => {
  const databaseUrl = getEnv().DATABASE_URL;
  if (!databaseUrl) throw new AppError("unavailable", "The database is not configured, so no scan can be queued.");
  const boss = await queueClient(databaseUrl);
  const result = await registerSystem(prisma, boss, input, { ...audit, transport: transportOptions() });
  refresh();
  return result;
});

export const updateSystemAction = defineAction({ permission: "systems.manage", input: ZUpdateSystem, action: "system.update" }, async ({ input, audit }) => {
  const result = await updateSystem(prisma, input, { ...audit, transport: transportOptions() });
  refresh(input.systemId);
  return result;
});

export const setSystemEnabledAction = defineAction(
  { permission: "systems.manage", input: ZSystemId.extend({ enabled: z.boolean() }), action: "system.set_enabled" },
  async ({ input, audit }) => {
    await setSystemEnabled(prisma, input.systemId, input.enabled, audit);
    refresh(input.systemId);
    return null;
  },
);

export const deleteSystemAction = defineAction(
  { permission: "systems.manage", input: ZSystemId.extend({ confirmName: z.string() }), action: "system.delete" },
  async ({ input, audit }) => {
    await deleteSystem(prisma, input, audit);
    refresh();
    return null;
  },
);

export const acceptHostKeyAction = defineAction(
  {
    permission: "systems.manage",
    input: ZSystemId.extend({
      reviewedFingerprint: z.string().min(1),
      verified: z.literal(true, { error: "Tick “I have verified this fingerprint” after comparing it with the system's own." }),
    }),
    action: "system.host_key.accept",
  },
  async ({ input, audit }) => {
    const result = await acceptHostKey(prisma, input, { ...audit, timeoutMs: transportOptions().connectTimeoutMs });
    refresh(input.systemId);
    return result;
  },
);

export const dismissHostKeyAction = defineAction({ permission: "systems.manage", input: ZSystemId, action: "system.host_key.dismiss" }, async ({ input, audit }) => {
  await dismissHostKey(prisma, input.systemId, audit);
  refresh(input.systemId);
  return null;
});

export const updatePolicyAction = defineAction({ permission: "policy.manage", input: ZPolicyUpdate, action: "system.policy.update" }, async ({ input, audit }) => {
  await updatePolicy(prisma, input, audit);
  refresh(input.systemId);
  return null;
});

export const updateSafetySwitchesAction = defineAction(
  { permission: "policy.manage", input: ZSafetySwitches, action: "system.safety.update" },
  async ({ input, audit }) => {
    await updateSafetySwitches(prisma, input, audit);
    refresh(input.systemId);
    return null;
  },
);
