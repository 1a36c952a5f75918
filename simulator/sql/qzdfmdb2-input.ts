/**
 * How QZDFMDB2 with `-t` reads its stdin: line by line, printing `DB2>` before the first line of
 * a statement and `  ?>` before every further line it needs, and running each statement as soon
 * as a line completes it with a top-level `;`. A statement still open at end of input runs too
 * (vscode-ibmi sends its last statement without `;`). Strings, delimited identifiers and
 * comments may contain `;` and newlines.
 */
import { isSignificant, tokenize } from "./db2-tokenizer";

export type InputStep = { kind: "prompt"; continuation: boolean } | { kind: "statement"; sql: string };

export function readQzdfmdb2Input(stdin: string): InputStep[] {
  const lines = stdin.split("\n").map((line) => line.replace(/\r$/, ""));
  if (lines.at(-1) === "") lines.pop(); // a final newline ends the last line, it adds no line
  const steps: InputStep[] = [];
  let pending = "";
  for (const line of lines) {
    steps.push({ kind: "prompt", continuation: pending !== "" });
    const { statements, rest } = splitComplete(pending === "" ? line : `${pending}\n${line}`);
    for (const sql of statements) steps.push({ kind: "statement", sql });
    pending = rest;
  }
  // Reading end of input: one more prompt, then whatever is still open is run.
  steps.push({ kind: "prompt", continuation: pending !== "" });
  if (pending !== "") steps.push({ kind: "statement", sql: pending });
  return steps;
}

/**
 * Statements ended by a top-level `;`, and the unfinished remainder ("" when it holds nothing but
 * blanks and comments). Empty statements are dropped.
 */
function splitComplete(text: string): { statements: string[]; rest: string } {
  const statements: string[] = [];
  let current = "";
  for (const token of tokenize(text)) {
    if (token.kind === "punctuation" && token.text === ";") {
      if (hasContent(current)) statements.push(current.trim());
      current = "";
    } else current += token.text;
  }
  return { statements, rest: hasContent(current) ? current : "" };
}

function hasContent(sql: string): boolean {
  return tokenize(sql).some(isSignificant);
}
