import type { SshdDirective } from "@/lib/checks/observation-types";
import type { Row } from "@/lib/checks/statement-result";
import { intCell, textCell } from "@/lib/checks/ibm-values";

/**
 * sshd_config lines as directives. Keywords are case-insensitive (sshd lower-cases them); a
 * value may follow a blank or `=`. Everything after the first `Match` line applies only to the
 * connections that block matches, so it is left out of the global settings the checks judge.
 */
export function parseSshdConfig(rows: readonly Row[]): SshdDirective[] {
  const directives: SshdDirective[] = [];
  const ordered = [...rows].sort((a, b) => (intCell(a, "LINE_NUMBER") ?? 0) - (intCell(b, "LINE_NUMBER") ?? 0));
  for (const row of ordered) {
    const text = textCell(row, "LINE");
    if (text === null || text.startsWith("#")) continue;
    const match = /^([A-Za-z][A-Za-z0-9]*)\s*(?:=\s*|\s+)(.*)$/.exec(text);
    if (match === null) continue;
    const keyword = match[1]!.toLowerCase();
    if (keyword === "match") break;
    directives.push({ keyword, value: match[2]!.trim(), line: intCell(row, "LINE_NUMBER"), row });
  }
  return directives;
}

/**
 * The value sshd uses for a single-valued keyword: the first occurrence wins (sshd_config(5)).
 */
export function sshdSetting(directives: readonly SshdDirective[], keyword: string): SshdDirective | null {
  return directives.find((directive) => directive.keyword === keyword.toLowerCase()) ?? null;
}
