import { InvalidValueError } from "./errors";

/**
 * Validators for every value that goes into a CL command or an SQL statement. Each returns the
 * value in canonical form, branded so that builders accept nothing else; each throws
 * `InvalidValueError` naming the field. Free text never reaches IBM i unvalidated.
 */

declare const validated: unique symbol;
/** A string that passed one of the validators below. */
export type Validated<Kind extends string> = string & { readonly [validated]: Kind };

export type QsysName = Validated<"QsysName">;
export type QualifiedObjectName = Validated<"QualifiedObjectName">;
export type UserProfileName = Validated<"UserProfileName">;
export type Ipv4Address = Validated<"Ipv4Address">;
export type Ipv6Address = Validated<"Ipv6Address">;
export type SubnetMask = Validated<"SubnetMask">;
export type SpecialValue<T extends string> = T & { readonly [validated]: "SpecialValue" };
export type TimeOfDay = Validated<"TimeOfDay">;
export type QualifiedJobName = Validated<"QualifiedJobName">;
export type FunctionId = Validated<"FunctionId">;
export type DescriptionText = Validated<"DescriptionText">;
export type SqlIdentifier = Validated<"SqlIdentifier">;

function brand<T extends string>(value: string): T {
  return value as T;
}

/** ASCII-only uppercase: CL folds unquoted names this way, and `ß`/`ı` must not turn into other letters. */
function upperAscii(text: string): string {
  return text.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

function requireString(input: unknown, field: string): string {
  if (typeof input !== "string") throw new InvalidValueError(field, "must be text", input);
  return input;
}

const QSYS_NAME = /^[A-Z#@$][A-Z0-9#@$_.]{0,9}$/;

/**
 * An IBM i object name in system form: 1–10 characters, first A–Z # @ $, then also 0–9 _ and
 * period. Lowercase letters are folded to uppercase as CL does; quoted (extended) names are refused.
 */
export function qsysName(input: unknown, field: string): QsysName {
  const text = upperAscii(requireString(input, field));
  if (text.length === 0) throw new InvalidValueError(field, "must not be empty", input);
  if (text.length > 10) throw new InvalidValueError(field, "must be at most 10 characters", input);
  if (!QSYS_NAME.test(text)) {
    throw new InvalidValueError(
      field,
      "must start with A-Z, #, @ or $ and contain only A-Z, 0-9, #, @, $, _ and .",
      input,
    );
  }
  return brand(text);
}

const LIBRARY_SPECIALS = ["*LIBL", "*CURLIB"] as const;

/** `LIBRARY/OBJECT`, the library being a name, `*LIBL` or `*CURLIB`. An explicit library is required. */
export function qualifiedObjectName(input: unknown, field: string): QualifiedObjectName {
  const parts = upperAscii(requireString(input, field)).split("/");
  if (parts.length !== 2) throw new InvalidValueError(field, "must be LIBRARY/OBJECT", input);
  const [library, object] = parts;
  const qualifier = (LIBRARY_SPECIALS as readonly string[]).includes(library)
    ? library
    : qsysName(library, `${field} library`);
  return brand(`${qualifier}/${qsysName(object, `${field} object`)}`);
}

/** A user profile name, or `*PUBLIC` where the command takes it. */
export function userProfileName(input: unknown, field: string, options: { allowPublic?: boolean } = {}): UserProfileName {
  const text = upperAscii(requireString(input, field));
  if (options.allowPublic && text === "*PUBLIC") return brand(text);
  return brand(qsysName(text, field));
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Dotted-quad IPv4. Leading zeros are refused: some parsers read `010` as octal. */
export function ipv4Address(input: unknown, field: string): Ipv4Address {
  const text = requireString(input, field);
  if (!IPV4.test(text)) throw new InvalidValueError(field, "must be an IPv4 address such as 192.0.2.10", input);
  return brand(text);
}

/** An IPv6 address in any standard form (no zone index), returned in lowercase. */
export function ipv6Address(input: unknown, field: string): Ipv6Address {
  const text = requireString(input, field).toLowerCase();
  if (!isIpv6(text)) throw new InvalidValueError(field, "must be an IPv6 address such as 2001:db8::1", input);
  return brand(text);
}

function isIpv6(text: string): boolean {
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groupsOf = (part: string) => (part === "" ? [] : part.split(":"));
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  const all = [...head, ...tail];
  let groupCount = all.length;
  const last = all.at(-1);
  if (last !== undefined && last.includes(".")) {
    if (!IPV4.test(last)) return false;
    all.pop();
    groupCount += 1; // an embedded IPv4 address fills two groups
  }
  if (!all.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? groupCount <= 7 : groupCount === 8;
}

/** Either family; the result says which. */
export function ipAddress(
  input: unknown,
  field: string,
): { family: 4; address: Ipv4Address } | { family: 6; address: Ipv6Address } {
  const text = requireString(input, field);
  if (IPV4.test(text)) return { family: 4, address: brand(text) };
  if (isIpv6(text.toLowerCase())) return { family: 6, address: brand(text.toLowerCase()) };
  throw new InvalidValueError(field, "must be an IPv4 or IPv6 address", input);
}

/** An IPv4 subnet mask whose one-bits are contiguous (255.255.255.0, not 255.0.255.0). */
export function subnetMask(input: unknown, field: string): SubnetMask {
  const text = requireString(input, field);
  if (!IPV4.test(text)) throw new InvalidValueError(field, "must be a subnet mask such as 255.255.255.0", input);
  const value = text.split(".").reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const hostBits = 0xffffffff - value;
  if ((hostBits & (hostBits + 1)) !== 0) {
    throw new InvalidValueError(field, "must have contiguous one-bits (for example 255.255.255.0)", input);
  }
  return brand(text);
}

/** Number of leading one-bits of a valid mask: 255.255.255.0 → 24. */
export function maskPrefixLength(mask: SubnetMask): number {
  return mask.split(".").reduce((bits, octet) => bits + Number(octet).toString(2).replace(/0/g, "").length, 0);
}

function integerIn(input: unknown, field: string, low: number, high: number, what: string): number {
  const number = typeof input === "string" && /^\d+$/.test(input) ? Number(input) : input;
  if (typeof number !== "number" || !Number.isInteger(number) || number < low || number > high) {
    throw new InvalidValueError(field, `must be ${what} from ${low} to ${high}`, input);
  }
  return number;
}

/** A TCP/UDP port, 1–65535. */
export function port(input: unknown, field: string): number {
  return integerIn(input, field, 1, 65535, "a port number");
}

/** A whole number in a range, for things like schedule entry numbers and prefix lengths. */
export function wholeNumber(input: unknown, field: string, low: number, high: number): number {
  return integerIn(input, field, low, high, "a whole number");
}

/** One of a fixed set of special values (`*YES`, `*ONLY` …); case-insensitive in, uppercase out. */
export function specialValue<const T extends string>(input: unknown, allowed: readonly T[], field: string): SpecialValue<T> {
  const text = upperAscii(requireString(input, field));
  if (!(allowed as readonly string[]).includes(text)) {
    throw new InvalidValueError(field, `must be one of ${allowed.join(", ")}`, input);
  }
  return text as SpecialValue<T>;
}

/** A time of day as `hhmmss` (24-hour clock). */
export function timeOfDay(input: unknown, field: string): TimeOfDay {
  const text = requireString(input, field);
  const match = /^(\d\d)(\d\d)(\d\d)$/.exec(text);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59 || Number(match[3]) > 59) {
    throw new InvalidValueError(field, "must be a time hhmmss from 000000 to 235959", input);
  }
  return brand(text);
}

export const WEEKDAYS = ["*MON", "*TUE", "*WED", "*THU", "*FRI", "*SAT", "*SUN"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `*ALL`, `*NONE`, or one to seven distinct weekdays (`*MON` … `*SUN`), in week order. */
export function dayList(input: unknown, field: string): SpecialValue<"*ALL" | "*NONE" | Weekday>[] {
  if (!Array.isArray(input) || input.length === 0) {
    throw new InvalidValueError(field, "must list at least one day", input);
  }
  const days = input.map((day) => specialValue(day, ["*ALL", "*NONE", ...WEEKDAYS], field));
  if (days.length > 1 && days.some((day) => day === "*ALL" || day === "*NONE")) {
    throw new InvalidValueError(field, "*ALL and *NONE must stand alone", input);
  }
  if (new Set(days).size !== days.length) throw new InvalidValueError(field, "must not repeat a day", input);
  return days.sort((a, b) => WEEKDAYS.indexOf(a as Weekday) - WEEKDAYS.indexOf(b as Weekday));
}

/** A simple job name (the same rules as an object name). */
export function jobName(input: unknown, field: string): QsysName {
  return qsysName(input, field);
}

/** A qualified job name `number/user/name`, the number being six digits. */
export function qualifiedJobName(input: unknown, field: string): QualifiedJobName {
  const parts = requireString(input, field).split("/");
  if (parts.length !== 3 || !/^\d{6}$/.test(parts[0])) {
    throw new InvalidValueError(field, "must be NUMBER/USER/NAME with a six-digit job number", input);
  }
  return brand(`${parts[0]}/${qsysName(parts[1], `${field} user`)}/${qsysName(parts[2], `${field} name`)}`);
}

/** A function usage identifier such as QIBM_IOSYSCFG_VIEW: up to 30 of A–Z 0–9 _ and period. */
export function functionId(input: unknown, field: string): FunctionId {
  const text = upperAscii(requireString(input, field));
  if (!/^[A-Z][A-Z0-9_.]{0,29}$/.test(text)) {
    throw new InvalidValueError(field, "must be a function ID such as QIBM_IOSYSCFG_VIEW (letters, digits, _ and .)", input);
  }
  return brand(text);
}

/**
 * Descriptive text (a TEXT parameter): at most `maxLength` characters from a conservative set of
 * letters, digits, blank and `. , : - _ / ( )`. Non-ASCII letters are refused because they may
 * not survive the conversion to the job's CCSID.
 */
export function descriptionText(input: unknown, field: string, maxLength = 50): DescriptionText {
  const text = requireString(input, field);
  if (text.length === 0 || text.length > maxLength) {
    throw new InvalidValueError(field, `must be 1 to ${maxLength} characters`, input);
  }
  if (!/^[A-Za-z0-9 .,:\-_/()]+$/.test(text)) {
    throw new InvalidValueError(field, "may contain only letters, digits, blanks and . , : - _ / ( )", input);
  }
  return brand(text);
}

/** An ordinary SQL identifier (schema, table, service name): uppercase letters, digits and _. */
export function sqlIdentifier(input: unknown, field: string): SqlIdentifier {
  const text = requireString(input, field);
  if (!/^[A-Z][A-Z0-9_]{0,127}$/.test(text)) {
    throw new InvalidValueError(field, "must be an SQL name in uppercase letters, digits and _", input);
  }
  return brand(text);
}
