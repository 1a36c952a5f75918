import { classifyAddress, type AddressClass } from "@/lib/net/address-class";
import { formatCidr, parseCidr } from "@/lib/net/cidr";

/**
 * How many senders one SMTP list entry (address + subnet mask, as ADDSMTPLE takes them) covers,
 * in words a security officer can judge at a glance: "every address on the Internet", "one
 * host", "256 public addresses". `tone` is how worrying that is for an *ACCEPT (relay) entry.
 */
export interface EntryBreadth {
  /** The network the entry admits, or null when the mask is not contiguous. */
  cidr: string | null;
  /** How many IPv4 addresses it admits, or null when unknown. */
  addresses: number | null;
  addressClass: AddressClass | null;
  label: string;
  tone: "good" | "warn" | "critical";
}

const count = (n: number) => n.toLocaleString("en-US");

export function describeEntryBreadth(
  entry: { address: string; mask: string; prefix: number | null },
  options: { minPrivatePrefix: number },
): EntryBreadth {
  if (entry.prefix === null) {
    return { cidr: null, addresses: null, addressClass: null, label: `Unclear range: mask ${entry.mask} is not contiguous`, tone: "warn" };
  }
  const network = parseCidr(`${entry.address}/${entry.prefix}`);
  if (network === null || network.family !== 4) {
    return { cidr: null, addresses: null, addressClass: null, label: `Unreadable address ${entry.address}`, tone: "warn" };
  }
  const cidr = formatCidr(network);
  const addresses = 2 ** (32 - entry.prefix);
  const addressClass = classifyAddress({ family: 4, value: network.network });
  const base = { cidr, addresses, addressClass };
  if (entry.prefix === 0) return { ...base, label: "Every address on the Internet", tone: "critical" };
  if (addressClass === "loopback") return { ...base, label: "This system itself (loopback)", tone: "good" };
  if (entry.prefix === 32) return { ...base, label: `One host (${entry.address})`, tone: addressClass === "public" ? "warn" : "good" };
  if (addressClass === "public") return { ...base, label: `${count(addresses)} public addresses (${cidr})`, tone: "critical" };
  const where = addressClass === "private" ? "a private range" : `a ${addressClass} range`;
  return { ...base, label: `${count(addresses)} addresses in ${where} (${cidr})`, tone: entry.prefix < options.minPrivatePrefix ? "warn" : "good" };
}
