import { z } from "zod";
import { cidrContains, hasHostBits, parseCidr } from "@/lib/net/cidr";
import { parseIpAddress } from "@/lib/net/ip-address";

/**
 * A remote network the security officer trusts to connect, optionally only to some local ports
 * and only until a date (a vendor's access for one project). Stored by the lead's DAL in
 * `trusted_network`; a null/empty `localPorts` means every port.
 */
export const ZTrustedNetwork = z.object({
  id: z.string().optional(),
  cidr: z
    .string()
    .trim()
    .refine((text) => parseCidr(text) !== null, "Not a CIDR network (e.g. 10.20.0.0/16 or 2001:db8::/32)")
    .refine((text) => !hasHostBits(text), "The address has bits set beyond the prefix; use the network address"),
  label: z.string().trim().min(1),
  owner: z.string().trim().min(1).nullish(),
  expiresAt: z.coerce.date().nullish(),
  localPorts: z.array(z.number().int().min(1).max(65535)).nullish(),
});
export type TTrustedNetwork = z.infer<typeof ZTrustedNetwork>;
/** A stored trusted network with the system it is limited to (null: every system). */
export type ScopedTrustedNetwork = TTrustedNetwork & { id: string; systemId: string | null };

/**
 * The trusted network that admits a connection from `address` to `localPort` at `now`, or null.
 * When several match, the most specific (longest prefix) wins, so the UI names the narrowest
 * owner. Expired networks and unparsable CIDRs never match: a bad entry must not open a door.
 */
export function matchTrustedNetwork<T extends TTrustedNetwork>(
  address: string,
  localPort: number,
  networks: readonly T[],
  now: Date,
): T | null {
  const parsed = parseIpAddress(address);
  if (parsed === null) return null;
  let best: { network: T; prefix: number } | null = null;
  for (const network of networks) {
    if (network.expiresAt != null && new Date(network.expiresAt).getTime() <= now.getTime()) continue;
    if (network.localPorts != null && network.localPorts.length > 0 && !network.localPorts.includes(localPort)) continue;
    const cidr = parseCidr(network.cidr);
    if (cidr === null || !cidrContains(cidr, parsed)) continue;
    if (best === null || cidr.prefix > best.prefix) best = { network, prefix: cidr.prefix };
  }
  return best?.network ?? null;
}
