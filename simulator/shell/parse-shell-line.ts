/**
 * Parses an SSH exec command line the way the PASE shell (a Korn shell) would, for the subset
 * clients send: simple commands with leading VAR=value assignments, 'single' and "double" quotes,
 * backslash escapes, $NAME / ${NAME} expansion (outside single quotes), pipelines (|), && and ||,
 * ; and newlines, # comments, and the redirections >/dev/null, 2>/dev/null, 2>&1 and 1>&2.
 * Expansion happens when a command runs, so `X=1; echo $X` works; expanded text is not split into
 * further words (unlike sh) and no globbing is done.
 */

/** A piece of a word; `expand` is false inside single quotes. */
export interface WordPart {
  readonly text: string;
  readonly expand: boolean;
}
export type Word = readonly WordPart[];

export type Redirect = { readonly fd: 1 | 2; readonly to: "null" | 1 | 2 };

export interface SimpleCommand {
  readonly assignments: readonly { readonly name: string; readonly value: Word }[];
  readonly words: readonly Word[];
  readonly redirects: readonly Redirect[];
}

export type Pipeline = readonly SimpleCommand[];

export interface AndOrList {
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: "&&" | "||"; readonly pipeline: Pipeline }[];
}

export class ShellSyntaxError extends Error {
  constructor(detail: string) {
    super(`syntax error: ${detail}`);
    this.name = "ShellSyntaxError";
  }
}

type Token = { kind: "word"; word: Word; raw: string } | { kind: "op"; op: string };

const OPERATORS = ["&&", "||", ";", "|", "\n", "&"];

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === " " || ch === "\t" || ch === "\r") {
      i++;
      continue;
    }
    if (ch === "#") {
      while (i < line.length && line[i] !== "\n") i++;
      continue;
    }
    const op = OPERATORS.find((candidate) => line.startsWith(candidate, i));
    if (op) {
      tokens.push({ kind: "op", op: op === "\n" || op === "&" ? ";" : op });
      i += op.length;
      continue;
    }
    const redirect = /^([12]?)>(&[12]|\s*\/dev\/null)/.exec(line.slice(i));
    if (redirect) {
      tokens.push({ kind: "op", op: `${redirect[1] || "1"}>${redirect[2]!.trim()}` });
      i += redirect[0].length;
      continue;
    }
    if (ch === ">" || ch === "<") throw new ShellSyntaxError(`redirection '${line.slice(i, i + 12)}' is not supported`);
    const parts: WordPart[] = [];
    const start = i;
    let plain = "";
    const flush = () => {
      if (plain) parts.push({ text: plain, expand: true });
      plain = "";
    };
    while (i < line.length && !" \t\r\n;&|><".includes(line[i]!)) {
      const c = line[i]!;
      if (c === "'") {
        const end = line.indexOf("'", i + 1);
        if (end === -1) throw new ShellSyntaxError("unterminated quoted string");
        flush();
        parts.push({ text: line.slice(i + 1, end), expand: false });
        i = end + 1;
      } else if (c === '"') {
        flush();
        let text = "";
        i++;
        for (;;) {
          if (i >= line.length) throw new ShellSyntaxError("unterminated quoted string");
          const d = line[i]!;
          if (d === '"') break;
          // Inside double quotes a backslash only escapes $ ` " \ and newline.
          if (d === "\\" && "$`\"\\\n".includes(line[i + 1] ?? "")) {
            text += line[i + 1] === "$" ? "\\$" : line[i + 1];
            i += 2;
          } else {
            text += d;
            i++;
          }
        }
        parts.push({ text, expand: true });
        i++;
      } else if (c === "\\") {
        if (i + 1 >= line.length) throw new ShellSyntaxError("backslash at end of line");
        plain += line[i + 1] === "$" ? "\\$" : line[i + 1];
        i += 2;
      } else {
        plain += c;
        i++;
      }
    }
    flush();
    if (parts.length === 0) parts.push({ text: "", expand: false });
    tokens.push({ kind: "word", word: parts, raw: line.slice(start, i) });
  }
  return tokens;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function parseSimpleCommand(tokens: Token[], position: { i: number }): SimpleCommand {
  const assignments: { name: string; value: Word }[] = [];
  const words: Word[] = [];
  const redirects: Redirect[] = [];
  while (position.i < tokens.length) {
    const token = tokens[position.i]!;
    if (token.kind === "op") {
      const redirect = /^([12])>(&([12])|\/dev\/null)$/.exec(token.op);
      if (!redirect) break;
      redirects.push({ fd: Number(redirect[1]) as 1 | 2, to: redirect[3] ? (Number(redirect[3]) as 1 | 2) : "null" });
      position.i++;
      continue;
    }
    const first = token.word[0]!;
    const match = words.length === 0 && first.expand ? ASSIGNMENT.exec(first.text) : null;
    if (match) {
      assignments.push({ name: match[1]!, value: [{ ...first, text: first.text.slice(match[0].length) }, ...token.word.slice(1)] });
    } else {
      words.push(token.word);
    }
    position.i++;
  }
  if (words.length === 0 && assignments.length === 0) {
    const next = tokens[position.i];
    throw new ShellSyntaxError(`unexpected '${next?.kind === "op" ? next.op : "end of line"}'`);
  }
  return { assignments, words, redirects };
}

function parsePipeline(tokens: Token[], position: { i: number }): Pipeline {
  const commands = [parseSimpleCommand(tokens, position)];
  while (tokens[position.i]?.kind === "op" && (tokens[position.i] as { op: string }).op === "|") {
    position.i++;
    commands.push(parseSimpleCommand(tokens, position));
  }
  return commands;
}

export function parseShellLine(line: string): AndOrList[] {
  const tokens = tokenize(line);
  const position = { i: 0 };
  const lists: AndOrList[] = [];
  while (position.i < tokens.length) {
    const token = tokens[position.i]!;
    if (token.kind === "op" && token.op === ";") {
      position.i++;
      continue;
    }
    const first = parsePipeline(tokens, position);
    const rest: { op: "&&" | "||"; pipeline: Pipeline }[] = [];
    for (let next = tokens[position.i]; next?.kind === "op" && (next.op === "&&" || next.op === "||"); next = tokens[position.i]) {
      position.i++;
      rest.push({ op: next.op as "&&" | "||", pipeline: parsePipeline(tokens, position) });
    }
    const after = tokens[position.i];
    if (after && !(after.kind === "op" && after.op === ";")) throw new ShellSyntaxError(`unexpected '${after.kind === "op" ? after.op : after.raw}'`);
    lists.push({ first, rest });
  }
  return lists;
}

/** Joins a word's parts, expanding $NAME and ${NAME} where allowed; "\$" stays a literal $. */
export function expandWord(word: Word, env: Readonly<Record<string, string>>): string {
  return word
    .map((part) =>
      part.expand
        ? part.text.replace(/\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (all, braced?: string, bare?: string) =>
            all === "\\$" ? "$" : (env[braced ?? bare ?? ""] ?? ""),
          )
        : part.text,
    )
    .join("");
}
