import type { Severity } from "@/lib/checks/check-types";
import type { SmtpListEntry } from "@/lib/checks/observation-types";
import { classifyAddress, type AddressClass } from "@/lib/net/address-class";
import { formatCidr, parseCidr } from "@/lib/net/cidr";

/**
 * How many senders one *ACCEPT entry (address + subnet mask, as ADDSMTPLE takes them) lets relay,
 * in words an officer can judge at a glance ("every address on the Internet", "one host"), and
 * what is wrong with it, if anything. SMTP-03 raises `problem` as its finding; the SMTP panel
 * shows the same judgement as a badge, so the two never disagree.
 * The rule (peers-and-checks SMTP-03): host masks for known senders, 127.0.0.1 for on-box mail,
 * no 0.0.0.0 and no public ranges; private ranges no wider than the policy's prefix.
 */
export interface AcceptEntryBreadth {
  /** The network the entry admits, or null when the mask is not contiguous or the address unreadable. */
  cidr: string | null;
  /** How many IPv4 addresses it admits, or null when unknown. */
  addresses: number | null;
  addressClass: AddressClass | null;
  label: string;
  problem: { severity: Severity; why: string } | null;
}

const count = (n: number) => n.toLocaleString("en-US");

export function acceptEntryBreadth(entry: Pick<SmtpListEntry, "address" | "mask" | "prefix">, minPrivatePrefix: number): AcceptEntryBreadth {
  const unknown = { cidr: null, addresses: null, addressClass: null };
  if (entry.prefix === null) {
    return {
      ...unknown,
      label: `Unclear range: mask ${entry.mask} is not contiguous`,
      problem: { severity: "medium", why: `its mask ${entry.mask} is not contiguous, so the range it admits is unclear` },
    };
  }
  const network = parseCidr(`${entry.address}/${entry.prefix}`);
  if (network === null || network.family !== 4) {
    return { ...unknown, label: `Unreadable address ${entry.address}`, problem: { severity: "medium", why: "its address could not be read" } };
  }
  const cidr = formatCidr(network);
  const addresses = 2 ** (32 - entry.prefix);
  const addressClass = classifyAddress({ family: 4, value: network.network });
  const base = { cidr, addresses, addressClass };
  if (entry.prefix === 0) {
    return { ...base, label: "Every address on the Internet", problem: { severity: "high", why: "it admits every IPv4 address (an open relay by list)" } };
  }
  if (addressClass === "loopback") return { ...base, label: "This system itself (loopback)", problem: null };
  if (entry.prefix === 32) {
    return { ...base, label: addressClass === "public" ? `One host outside your networks (${entry.address})` : `One host (${entry.address})`, problem: null };
  }
  if (addressClass === "public") {
    return {
      ...base,
      label: `${count(addresses)} public addresses (${cidr})`,
      problem: { severity: "high", why: `it admits the public range ${cidr}, not just known senders` },
    };
  }
  const where = addressClass === "private" ? "a private range" : `a ${addressClass} range`;
  return {
    ...base,
    label: `${count(addresses)} addresses in ${where} (${cidr})`,
    problem: entry.prefix < minPrivatePrefix ? { severity: "medium", why: `it admits ${cidr}, wider than /${minPrivatePrefix}` } : null,
  };
}
