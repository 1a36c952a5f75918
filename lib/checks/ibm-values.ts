import type { Row } from "@/lib/checks/statement-result";

/**
 * Reading values out of QZDFMDB2 rows. IBM spells the same setting several ways (`*YES` in CL,
 * `YES` in most SQL services, blank-padded CHAR fields in system files such as QATOCSTART), and
 * the fixed-width output can hand numbers over as text; everything is normalised here once.
 */

/** The cell of a column, matched case-insensitively because headings come back upper case. */
export function cell(row: Row, column: string): string | number | null {
  if (column in row) return row[column] ?? null;
  const wanted = column.toUpperCase();
  const key = Object.keys(row).find((name) => name.toUpperCase() === wanted);
  return key === undefined ? null : (row[key] ?? null);
}

/** Trimmed text, or null for NULL and all-blank fields. */
export function textCell(row: Row, column: string): string | null {
  const value = cell(row, column);
  if (value === null) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

/** An integer from a numeric cell or from digits stored as text; null otherwise. */
export function intCell(row: Row, column: string): number | null {
  const value = cell(row, column);
  if (typeof value === "number") return Number.isFinite(value) ? Math.trunc(value) : null;
  if (value === null) return null;
  const text = value.trim();
  return /^[+-]?[0-9]+$/.test(text) ? Number(text) : null;
}

/**
 * An IBM keyword without its `*`, upper case: `*YES`, `YES ` and `yes` all become `YES`;
 * `*OWNER` becomes `OWNER`. Null stays null.
 */
export function ibmKeyword(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim().toUpperCase().replace(/^\*/, "");
  return text === "" ? null : text;
}

/** YES/NO flags as booleans; anything else (NULL, an unexpected word) as null. */
export function ibmFlag(value: string | null): boolean | null {
  const keyword = ibmKeyword(value);
  if (keyword === "YES") return true;
  if (keyword === "NO") return false;
  return null;
}

/**
 * USER_INFO.SPECIAL_AUTHORITIES is a blank-separated list (`*ALLOBJ *SPLCTL`); `*NONE` or blank
 * means none. Returned with the `*`, upper case, as IBM writes them in CL.
 */
export function specialAuthorityList(value: string | null): string[] {
  if (value === null) return [];
  return value
    .split(/\s+/)
    .map((word) => word.trim().toUpperCase())
    .filter((word) => word !== "" && word !== "*NONE")
    .map((word) => (word.startsWith("*") ? word : `*${word}`));
}
