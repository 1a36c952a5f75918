import { addressBits, formatIpAddress, parseIpAddress, type IpAddress } from "@/lib/net/ip-address";

/** A network in CIDR form; `network` has every host bit cleared. */
export interface Cidr {
  family: 4 | 6;
  network: bigint;
  prefix: number;
}

function maskFor(family: 4 | 6, prefix: number): bigint {
  const bits = BigInt(addressBits(family));
  const all = (1n << bits) - 1n;
  return (all >> BigInt(prefix)) ^ all;
}

/**
 * Parses `10.0.0.0/8`, `2001:db8::/32`, a bare address (a host network) or an IPv4-mapped IPv6
 * network (`::ffff:10.0.0.0/104`, folded to `10.0.0.0/8` like the addresses it must match).
 * Host bits are cleared, so `10.1.2.3/8` means `10.0.0.0/8`; callers that want to refuse such
 * input compare with {@link hasHostBits}.
 */
export function parseCidr(text: string): Cidr | null {
  const [addressText, prefixText, ...rest] = text.trim().split("/");
  if (rest.length > 0 || addressText === undefined) return null;
  const address = parseIpAddress(addressText);
  if (address === null) return null;
  const writtenAsIpv6 = addressText.includes(":");
  let prefix = addressBits(writtenAsIpv6 ? 6 : 4);
  if (prefixText !== undefined) {
    if (!/^[0-9]{1,3}$/.test(prefixText)) return null;
    prefix = Number(prefixText);
    if (prefix > addressBits(writtenAsIpv6 ? 6 : 4)) return null;
  }
  if (writtenAsIpv6 && address.family === 4) {
    // ::ffff:0:0/96 is the whole IPv4 space; a shorter prefix reaches beyond it.
    if (prefix < 96) return null;
    prefix -= 96;
  }
  return { family: address.family, network: address.value & maskFor(address.family, prefix), prefix };
}

/** True when the written address had bits set beyond its prefix (`10.1.2.3/8`). */
export function hasHostBits(text: string): boolean {
  const cidr = parseCidr(text);
  const address = parseIpAddress(text.trim().split("/")[0] ?? "");
  return cidr !== null && address !== null && address.value !== cidr.network;
}

export function cidrContains(cidr: Cidr, address: IpAddress): boolean {
  return cidr.family === address.family && (address.value & maskFor(cidr.family, cidr.prefix)) === cidr.network;
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIpAddress({ family: cidr.family, value: cidr.network })}/${cidr.prefix}`;
}

/**
 * Prefix length of a dotted IPv4 subnet mask (`255.255.255.0` → 24), as SMTP list entries carry
 * them (`ADDSMTPLE ... SUBNETMASK('255.255.255.0')`). A non-contiguous mask gives null.
 */
export function prefixFromSubnetMask(mask: string): number | null {
  const parsed = parseIpAddress(mask);
  if (parsed === null || parsed.family !== 4 || mask.includes(":")) return null;
  for (let prefix = 0; prefix <= 32; prefix += 1) {
    if (maskFor(4, prefix) === parsed.value) return prefix;
  }
  return null;
}
