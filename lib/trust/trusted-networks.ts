import { z } from "zod";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { formatCidr, parseCidr } from "@/lib/net/cidr";
import { ZTrustedNetwork } from "@/lib/net/trusted-networks";

/**
 * Trusted remote networks, managed by administrators and security officers: from the trusted
 * networks page and from the connections panel's "trust this address" button, both through
 * these functions so that validation and audit are the same.
 */

export const ZTrustedNetworkInput = ZTrustedNetwork.omit({ id: true }).extend({
  /** null: trusted on every system. */
  systemId: z.uuid().nullable().default(null),
  localPorts: z
    .array(z.number({ error: "Ports are numbers from 1 to 65535." }).int().min(1, "Ports are numbers from 1 to 65535.").max(65535, "Ports are numbers from 1 to 65535."))
    .max(64, "Use at most 64 ports.")
    .nullish()
    .transform((ports) => [...new Set(ports ?? [])].sort((a, b) => a - b)),
});
export type TTrustedNetworkInput = z.input<typeof ZTrustedNetworkInput>;

/** The host network of one address (`203.0.113.7` → `203.0.113.7/32`), for "trust this address". */
export function addressNetwork(address: string): string {
  const cidr = parseCidr(address);
  if (!cidr) throw new AppError("invalid", `${address} is not an IP address.`);
  return formatCidr({ ...cidr, prefix: cidr.family === 4 ? 32 : 128 });
}

/**
 * Why a trusted network cannot be saved, or null. The trusted networks page, the connections
 * panel and the "trust this network" remediation's plan all ask this, so a plan never promises
 * what the save then refuses. `duplicate` is the entry with the same network and scope, if any.
 */
export function trustProblem(
  entry: { cidr: string; expiresAt: Date | null },
  now: Date,
  duplicate: { label: string; scope: string } | null,
): { code: "invalid" | "conflict"; field: "cidr" | "expiresAt"; message: string } | null {
  if (parseCidr(entry.cidr)?.prefix === 0) {
    return { code: "invalid", field: "cidr", message: "A network of every address cannot be trusted: it would switch NET-01 off." };
  }
  if (entry.expiresAt && entry.expiresAt.getTime() <= now.getTime()) {
    return { code: "invalid", field: "expiresAt", message: "An expiry in the past would trust nothing: leave it empty or pick a future date." };
  }
  if (duplicate) {
    return { code: "conflict", field: "cidr", message: `${entry.cidr} is already trusted ${duplicate.scope} (“${duplicate.label}”): edit that entry instead.` };
  }
  return null;
}

/** "on NP0001" or "fleet-wide", as the duplicate message names the scope. */
export const trustScope = (systemName: string | null) => (systemName ? `on ${systemName}` : "fleet-wide");

interface Options extends AuditContext {
  /** The clock an expiry is compared with. */
  now?: Date;
}

async function validated(db: Db, raw: TTrustedNetworkInput, options: Options, exceptId?: string) {
  const parsed = ZTrustedNetworkInput.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("invalid", "Some values are not valid.", fieldErrorsOf(parsed.error));
  }
  const input = parsed.data;
  // Stored in one spelling (2001:DB8:0::/32 → 2001:db8::/32) so duplicates are recognised.
  const cidr = formatCidr(parseCidr(input.cidr)!);
  let systemName: string | null = null;
  if (input.systemId) {
    const system = await db.system.findUnique({ where: { id: input.systemId }, select: { name: true } });
    if (!system) throw new AppError("invalid", "That system is no longer registered.", { systemId: ["That system is no longer registered."] });
    systemName = system.name;
  }
  const duplicate = await db.trustedNetwork.findFirst({
    where: { cidr, systemId: input.systemId, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { label: true },
  });
  const problem = trustProblem({ cidr, expiresAt: input.expiresAt ?? null }, options.now ?? new Date(), duplicate && { label: duplicate.label, scope: trustScope(systemName) });
  if (problem) throw new AppError(problem.code, problem.message, { [problem.field]: [problem.message] });
  return {
    data: {
      cidr,
      label: input.label,
      owner: input.owner ?? null,
      expiresAt: input.expiresAt ?? null,
      localPorts: input.localPorts,
      systemId: input.systemId,
    },
    systemName,
  };
}

type Stored = Awaited<ReturnType<typeof validated>>["data"];

function auditView(data: Stored, systemName: string | null) {
  return {
    cidr: data.cidr,
    label: data.label,
    owner: data.owner,
    expiresAt: data.expiresAt?.toISOString() ?? null,
    localPorts: data.localPorts,
    scope: systemName ?? "fleet-wide",
  };
}

export async function createTrustedNetwork(db: Db, raw: TTrustedNetworkInput, options: Options): Promise<{ id: string }> {
  const { data, systemName } = await validated(db, raw, options);
  return db.$transaction(async (tx) => {
    const created = await tx.trustedNetwork.create({ data: { ...data, createdById: options.actor.id }, select: { id: true } });
    await recordAudit(tx, {
      actor: options.actor,
      ip: options.ip,
      action: "trust.create",
      targetType: "trusted_network",
      targetId: created.id,
      outcome: "success",
      detail: auditView(data, systemName),
    });
    return created;
  });
}

async function existing(db: Db, id: string) {
  const row = await db.trustedNetwork.findUnique({ where: { id }, include: { system: { select: { name: true } } } });
  if (!row) throw new AppError("not_found", "That trusted network no longer exists.");
  return row;
}

export async function updateTrustedNetwork(db: Db, id: string, raw: TTrustedNetworkInput, options: Options): Promise<void> {
  const before = await existing(db, id);
  const { data, systemName } = await validated(db, raw, options, id);
  await db.$transaction(async (tx) => {
    await tx.trustedNetwork.update({ where: { id }, data });
    await recordAudit(tx, {
      actor: options.actor,
      ip: options.ip,
      action: "trust.update",
      targetType: "trusted_network",
      targetId: id,
      outcome: "success",
      detail: { before: auditView(before, before.system?.name ?? null), after: auditView(data, systemName) },
    });
  });
}

export async function deleteTrustedNetwork(db: Db, id: string, options: AuditContext): Promise<void> {
  const before = await existing(db, id);
  await db.$transaction(async (tx) => {
    await tx.trustedNetwork.delete({ where: { id } });
    await recordAudit(tx, {
      actor: options.actor,
      ip: options.ip,
      action: "trust.delete",
      targetType: "trusted_network",
      targetId: id,
      outcome: "success",
      detail: auditView(before, before.system?.name ?? null),
    });
  });
}

/** Every trusted network, by CIDR, with the system it applies to (none: fleet-wide). */
export function listTrustedNetworks(db: Db) {
  return db.trustedNetwork.findMany({
    orderBy: [{ cidr: "asc" }, { createdAt: "asc" }],
    include: { system: { select: { id: true, name: true } } },
  });
}
