/**
 * IP addresses as numbers, so that CIDR matching is plain bit arithmetic.
 *
 * IBM i reports addresses as text in `NETSTAT_INFO.REMOTE_ADDRESS` (VARCHAR(45)): dotted IPv4,
 * IPv6 in any of its spellings, and IPv4 clients of an IPv6 socket as IPv4-mapped IPv6
 * (`::ffff:203.0.113.7`). A mapped address is the same host as its IPv4 form, so it is folded to
 * IPv4 here: a trusted `203.0.113.0/24` must match it.
 */
export interface IpAddress {
  family: 4 | 6;
  /** The address as an unsigned integer of 32 (IPv4) or 128 (IPv6) bits. */
  value: bigint;
}

export const addressBits = (family: 4 | 6): number => (family === 4 ? 32 : 128);

export function parseIpAddress(text: string): IpAddress | null {
  let trimmed = text.trim();
  if (trimmed.startsWith("[") && trimmed.endsWith("]")) trimmed = trimmed.slice(1, -1);
  // A zone id (fe80::1%eth0) names the interface, not a different host.
  const zoneAt = trimmed.indexOf("%");
  if (zoneAt >= 0) trimmed = trimmed.slice(0, zoneAt);
  if (trimmed.includes(":")) {
    const value = parseIpv6(trimmed);
    if (value === null) return null;
    if (value >> 32n === 0xffffn) return { family: 4, value: value & 0xffffffffn };
    return { family: 6, value };
  }
  const value = parseIpv4(trimmed);
  return value === null ? null : { family: 4, value };
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    // Leading zeros are refused: some stacks read them as octal, so their meaning is ambiguous.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]);
  const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (head === null || tail === null) return null;
  const groupCount = head.length + tail.length;
  if (halves.length === 2 ? groupCount > 7 : groupCount !== 8) return null;
  const groups = [...head, ...new Array<number>(8 - groupCount).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

/** Hex groups of one side of `::`; a dotted IPv4 tail counts as two groups. */
function parseGroups(text: string): number[] | null {
  if (text === "") return [];
  const parts = text.split(":");
  const groups: number[] = [];
  for (const [index, part] of parts.entries()) {
    if (part.includes(".") && index === parts.length - 1) {
      const v4 = parseIpv4(part);
      if (v4 === null) return null;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      continue;
    }
    if (!/^[0-9a-fA-F]{1,4}$/.test(part)) return null;
    groups.push(parseInt(part, 16));
  }
  return groups;
}

/** Canonical text: dotted IPv4, or RFC 5952 IPv6 (lower case, longest zero run compressed). */
export function formatIpAddress(address: IpAddress): string {
  if (address.family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((address.value >> shift) & 0xffn)).join(".");
  }
  const groups = Array.from({ length: 8 }, (_, i) => Number((address.value >> BigInt(112 - i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; ) {
    if (groups[start] !== 0) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end += 1;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}


/** An address in one canonical spelling, so `::FFFF:10.0.0.1`, `10.0.0.1` and findings' keys compare equal. */
export function canonicalAddress(text: string): string | null {
  const parsed = parseIpAddress(text);
  return parsed === null ? null : formatIpAddress(parsed);
}
