/**
 * Runs a parsed exec line against the simulated PASE: the `system` utility (CL, and through CALL
 * the QZDFMDB2 SQL program), and the few probes clients send (uname, echo, true/false, ps -ef,
 * cat of IFS files, grep in a pipe). Anything else is "not found" with exit status 127, as sh says.
 */
import { expandWord, parseShellLine, ShellSyntaxError, type Pipeline, type SimpleCommand } from "./parse-shell-line";

export interface ShellOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export type Builtin = (args: readonly string[], io: { stdin: () => Promise<string>; env: Readonly<Record<string, string>> }) => Promise<ShellOutput>;

export interface ShellEnvironment {
  /** Commands by name; a path such as /QOpenSys/usr/bin/system is looked up by its last part. */
  readonly builtins: Readonly<Record<string, Builtin>>;
  /** The session's environment (HOME, USER, PATH…). */
  readonly env: Readonly<Record<string, string>>;
  /** Reads the channel's stdin to its end; called only by commands that read stdin. */
  readonly stdin: () => Promise<string>;
}

const ok = (stdout = ""): ShellOutput => ({ stdout, stderr: "", exitCode: 0 });

async function runSimple(
  command: SimpleCommand,
  vars: Record<string, string>,
  stdin: () => Promise<string>,
  builtins: ShellEnvironment["builtins"],
): Promise<ShellOutput> {
  const assigned = Object.fromEntries(command.assignments.map(({ name, value }) => [name, expandWord(value, vars)]));
  if (command.words.length === 0) {
    Object.assign(vars, assigned);
    return ok();
  }
  // Like sh, the words are expanded before the command's own assignments take effect.
  const [name, ...args] = command.words.map((word) => expandWord(word, vars));
  const env = { ...vars, ...assigned };
  const builtin = builtins[name!.slice(name!.lastIndexOf("/") + 1)];
  const output = builtin ? await builtin(args, { stdin, env }) : { stdout: "", stderr: `sh: ${name}: not found\n`, exitCode: 127 };
  return redirect(output, command);
}

function redirect(output: ShellOutput, command: SimpleCommand): ShellOutput {
  let { stdout, stderr } = output;
  for (const { fd, to } of command.redirects) {
    const text = fd === 1 ? stdout : stderr;
    if (fd === 1) stdout = "";
    else stderr = "";
    if (to === 1) stdout += text;
    if (to === 2) stderr += text;
  }
  return { stdout, stderr, exitCode: output.exitCode };
}

async function runPipeline(pipeline: Pipeline, vars: Record<string, string>, environment: ShellEnvironment): Promise<ShellOutput> {
  let stdin = environment.stdin;
  let stderr = "";
  let last: ShellOutput = ok();
  for (const command of pipeline) {
    last = await runSimple(command, vars, stdin, environment.builtins);
    stderr += last.stderr;
    const piped = last.stdout;
    stdin = () => Promise.resolve(piped);
  }
  return { stdout: last.stdout, stderr, exitCode: last.exitCode };
}

export async function runShellLine(line: string, environment: ShellEnvironment): Promise<ShellOutput> {
  let lists;
  try {
    lists = parseShellLine(line);
  } catch (error) {
    if (error instanceof ShellSyntaxError) return { stdout: "", stderr: `sh: ${error.message}\n`, exitCode: 2 };
    throw error;
  }
  const vars = { ...environment.env };
  const total: ShellOutput = ok();
  for (const list of lists) {
    let result = await runPipeline(list.first, vars, environment);
    total.stdout += result.stdout;
    total.stderr += result.stderr;
    for (const { op, pipeline } of list.rest) {
      if ((op === "&&") !== (result.exitCode === 0)) continue;
      result = await runPipeline(pipeline, vars, environment);
      total.stdout += result.stdout;
      total.stderr += result.stderr;
    }
    total.exitCode = result.exitCode;
  }
  return total;
}
