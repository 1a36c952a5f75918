/**
 * ADDSMTPLE and RMVSMTPLE share their keywords [C for ADD; RMV by symmetry, U]: TYPE, INTNETADR,
 * SUBNETMASK (default '255.255.255.255'), HOSTNAME. The simulator keeps the IPv4 accept/reject
 * lists and the near-domain list; the other list types are refused as not valid values.
 */
import type { TSmtpListEntry } from "@/simulator/state/schema";
import { analyzerFailure, escapeFailure } from "../cl-failure";
import type { BoundArgs, ParamDef } from "../command-definition";
import { IPV4, special } from "./common-types";

export const SMTP_LIST_PARAMETERS: readonly ParamDef[] = [
  { keyword: "TYPE", type: special("*ACCEPT", "*REJECT", "*NEAR"), required: true },
  { keyword: "INTNETADR", type: { kind: "text", maxLength: 15 } },
  { keyword: "SUBNETMASK", type: { kind: "text", maxLength: 15 }, default: "255.255.255.255" },
  { keyword: "HOSTNAME", type: { kind: "text", maxLength: 255 } },
];

export function smtpListEntryFrom(args: BoundArgs): TSmtpListEntry {
  const type = args.text("TYPE") as TSmtpListEntry["type"];
  if (type === "*NEAR") {
    if (!args.has("HOSTNAME")) throw analyzerFailure("CPD0072", "HOSTNAME");
    return { type, address: "", mask: "", hostName: args.text("HOSTNAME").toLowerCase() };
  }
  if (!args.has("INTNETADR")) throw analyzerFailure("CPD0072", "INTNETADR");
  const address = args.text("INTNETADR");
  const mask = args.text("SUBNETMASK");
  if (!IPV4.test(address)) throw escapeFailure("TCP1901", address);
  if (!IPV4.test(mask)) throw escapeFailure("TCP1901", mask);
  return { type, address, mask, hostName: "" };
}

export function sameEntry(a: TSmtpListEntry, b: TSmtpListEntry): boolean {
  return a.type === b.type && a.address === b.address && a.mask === b.mask && a.hostName === b.hostName;
}
