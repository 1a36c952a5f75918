import { cidrContains, parseCidr, type Cidr } from "@/lib/net/cidr";
import type { IpAddress } from "@/lib/net/ip-address";

/**
 * Where an address lives. `private` covers RFC 1918, the carrier-grade NAT range (RFC 6598) and
 * IPv6 unique-local addresses: none is reachable from the internet, which is what the checks ask.
 */
export type AddressClass = "unspecified" | "loopback" | "link-local" | "private" | "multicast" | "public";

const ranges: ReadonlyArray<{ cidr: Cidr; class: AddressClass }> = (
  [
    ["0.0.0.0/8", "unspecified"],
    ["127.0.0.0/8", "loopback"],
    ["169.254.0.0/16", "link-local"],
    ["10.0.0.0/8", "private"],
    ["172.16.0.0/12", "private"],
    ["192.168.0.0/16", "private"],
    ["100.64.0.0/10", "private"],
    ["224.0.0.0/4", "multicast"],
    ["::/128", "unspecified"],
    ["::1/128", "loopback"],
    ["fe80::/10", "link-local"],
    ["fc00::/7", "private"],
    ["ff00::/8", "multicast"],
  ] as const
).map(([text, addressClass]) => {
  const cidr = parseCidr(text);
  if (cidr === null) throw new Error(`bad built-in range ${text}`);
  return { cidr, class: addressClass };
});

export function classifyAddress(address: IpAddress): AddressClass {
  return ranges.find((range) => cidrContains(range.cidr, address))?.class ?? "public";
}

/**
 * Loopback and unspecified (0.0.0.0, ::) addresses: the system talking to itself, never someone
 * connected from elsewhere.
 */
export function isLocalAddress(address: IpAddress): boolean {
  const addressClass = classifyAddress(address);
  return addressClass === "loopback" || addressClass === "unspecified";
}
