/**
 * What one SQL statement of a QZDFMDB2 batch returned, as the db2 output parser hands it over.
 * Declared structurally here so the checks do not depend on the parser's module; it must stay
 * identical to the result type of `lib/ibmi/db2-output.ts`.
 */
export type Row = Record<string, string | number | null>;

export type StatementResult =
  | { kind: "rows"; columns: string[]; rows: Row[] }
  | { kind: "ok" }
  | { kind: "error"; sqlstate: string; nativeError: number; message: string };
