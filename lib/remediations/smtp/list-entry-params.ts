import { z } from "zod";
import { domainName } from "@/lib/ibmi/commands/smtp-near-domains";
import { ipv4Address, subnetMask } from "@/lib/ibmi/values";
import { zValidated } from "@/lib/ibmi/zod-validated";
import type { ParamField } from "../types";

/**
 * One SMTP list entry as the editor takes it: an IPv4 address and mask for *ACCEPT and *REJECT,
 * a domain for *NEAR. Validated by the CL builders' own rules, so the form refuses what they would.
 */
const ZIpv4 = zValidated(ipv4Address, "An IPv4 address such as 192.168.10.0");
const ZMask = zValidated(subnetMask, "A contiguous subnet mask such as 255.255.255.0");
const ZDomain = zValidated(domainName, "A domain such as example.com");

const restartSmtp = z.boolean().default(true);

export const ZSmtpListEntryParams = z.discriminatedUnion("type", [
  z.object({ type: z.enum(["*ACCEPT", "*REJECT"]), address: ZIpv4, mask: ZMask, restartSmtp }).strict(),
  z.object({ type: z.literal("*NEAR"), domain: ZDomain, restartSmtp }).strict(),
]);
export type TSmtpListEntryParams = z.infer<typeof ZSmtpListEntryParams>;

export const SMTP_LIST_ENTRY_FIELDS: readonly ParamField[] = [
  {
    name: "type",
    label: "List",
    kind: "select",
    options: [
      { value: "*ACCEPT", label: "*ACCEPT: may relay" },
      { value: "*REJECT", label: "*REJECT: refused" },
      { value: "*NEAR", label: "*NEAR: near domain" },
    ],
  },
  { name: "address", label: "Internet address", kind: "text", placeholder: "192.168.10.25", help: "*ACCEPT and *REJECT entries" },
  { name: "mask", label: "Subnet mask", kind: "text", placeholder: "255.255.255.255", help: "255.255.255.255 for one host" },
  { name: "domain", label: "Domain", kind: "text", placeholder: "example.com", help: "*NEAR entries" },
  { name: "restartSmtp", label: "Restart SMTP so the change takes effect now", kind: "checkbox" },
];

export const describeListEntry = (entry: TSmtpListEntryParams) =>
  entry.type === "*NEAR" ? `*NEAR ${entry.domain}` : `${entry.type} ${entry.address} mask ${entry.mask}`;
