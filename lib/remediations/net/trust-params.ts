import { z } from "zod";
import { formatCidr, parseCidr } from "@/lib/net/cidr";
import { ZTrustedNetwork } from "@/lib/net/trusted-networks";
import { ZTrustedNetworkInput } from "@/lib/trust/trusted-networks";
import type { ParamField } from "../types";

/** A network to trust from the connections panel, as the form sends it. */
export const ZTrustParams = z
  .object({
    cidr: ZTrustedNetwork.shape.cidr.transform((text) => formatCidr(parseCidr(text)!)),
    label: z.string().trim().min(1, "Say whose network this is").max(80),
    owner: z.string().trim().max(80).nullable().default(null),
    localPorts: ZTrustedNetworkInput.shape.localPorts,
    expiresAt: z.iso.date("A date as YYYY-MM-DD").nullable().default(null),
    thisSystemOnly: z.boolean().default(true),
  })
  .strict();
export type TTrustParams = z.infer<typeof ZTrustParams>;

export const TRUST_FIELDS: readonly ParamField[] = [
  { name: "cidr", label: "Network (CIDR)", kind: "text", placeholder: "203.0.113.7/32", help: "One host is /32 (IPv4) or /128 (IPv6)." },
  { name: "label", label: "Label", kind: "text", placeholder: "Payroll vendor VPN" },
  { name: "owner", label: "Owner", kind: "text", placeholder: "Who vouches for it" },
  { name: "localPorts", label: "Only to local ports", kind: "ports", help: "Empty: every port." },
  { name: "expiresAt", label: "Trusted until", kind: "text", placeholder: "YYYY-MM-DD", help: "Empty: no end date." },
  { name: "thisSystemOnly", label: "This system only (not the whole fleet)", kind: "checkbox" },
];

export const describeTrust = (params: TTrustParams) =>
  `${params.cidr} (${params.label}${params.owner ? `, owner ${params.owner}` : ""})` +
  `${params.localPorts.length > 0 ? ` to port ${params.localPorts.join(", ")}` : " to every port"}` +
  `${params.expiresAt ? ` until ${params.expiresAt}` : ""}${params.thisSystemOnly ? " on this system" : " fleet-wide"}`;
