import type { SmtpListEntry } from "@/lib/checks/observation-types";
import type { Row } from "@/lib/checks/statement-result";
import { prefixFromSubnetMask } from "@/lib/net/cidr";
import { parseIpAddress } from "@/lib/net/ip-address";

/**
 * One SMTP list entry out of a QUSRSYS/QATMADRLST member row. IBM documents no record layout
 * (ibmi-facts §3.3, [U]): third parties show the pre-V5R1 source-member form (`ip mask` in one
 * line) and a field per ADDSMTPLE keyword is equally plausible. So the fields are scanned in
 * order and the address and mask are recognised by their shape; ADDSMTPLE's default mask
 * (255.255.255.255) applies when none is present. Rows with no IPv4 address (host names of
 * *NEAR or *DOMAIN entries) give null.
 */
export function parseSmtpListEntry(row: Row): SmtpListEntry | null {
  const words = Object.values(row)
    .filter((value): value is string => typeof value === "string")
    .flatMap((value) => value.trim().split(/\s+/))
    .filter((word) => word !== "");
  const ipv4 = words.filter((word) => !word.includes(":") && parseIpAddress(word)?.family === 4);
  const address = ipv4[0];
  if (address === undefined) return null;
  const mask = ipv4.slice(1).find((word) => prefixFromSubnetMask(word) !== null) ?? ipv4[1] ?? "255.255.255.255";
  return { address, mask, prefix: prefixFromSubnetMask(mask), row };
}
