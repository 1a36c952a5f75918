/** Parameter types several commands share. */
import type { ParamType } from "../param-types";

export const special = (...values: string[]): ParamType => ({ kind: "special", values });

export const SAME_YES_NO = special("*SAME", "*YES", "*NO");
export const SAME_ALLOW_SSL = special("*SAME", "*YES", "*NO", "*ONLY");

/** An object name, library-qualified, resolved through the library list by default. */
export const QUALIFIED_OBJECT: ParamType = { kind: "qualified", libraries: ["*LIBL", "*CURLIB"] };

/** Internet addresses must be typed in apostrophes on a command line [C]; '*' may not. */
export const ADDRESS: ParamType = { kind: "text", maxLength: 45, special: ["*"] };

export const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** *SAME keeps the current value; anything else replaces it. */
export function changed<T extends string>(value: string, current: T): T {
  return (value === "*SAME" ? current : value) as T;
}
