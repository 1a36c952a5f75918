/**
 * The small PASE commands clients use to look around before they trust a connection: echo (a
 * sentinel for noisy profiles), true/false, uname (OS400 and the release), cat of IFS stream files,
 * ps -ef (which shows where sshd was started from) and grep in a pipe.
 */
import type { Builtin } from "./run-shell-line";

export interface ProbeHost {
  /** `uname -a` fields: sysname nodename release version machine. */
  readonly uname: { sysname: string; nodename: string; release: string; version: string; machine: string };
  readFile(path: string): string | null;
  /** `ps -ef` lines, header included. */
  processList(): string;
}

const echo: Builtin = async (args) => {
  const noNewline = args[0] === "-n";
  const text = (noNewline ? args.slice(1) : args).join(" ");
  return { stdout: noNewline ? text : `${text}\n`, stderr: "", exitCode: 0 };
};

function uname(host: ProbeHost): Builtin {
  const letters: Record<string, keyof ProbeHost["uname"]> = { s: "sysname", n: "nodename", r: "release", v: "version", m: "machine" };
  return async (args) => {
    const flags = args.join("").replaceAll("-", "");
    const wanted = flags.includes("a") ? "snrvm" : flags || "s";
    const bad = [...wanted].find((flag) => !letters[flag]);
    if (bad) return { stdout: "", stderr: `uname: illegal option -- ${bad}\n`, exitCode: 1 };
    return { stdout: `${[...wanted].map((flag) => host.uname[letters[flag]!]).join(" ")}\n`, stderr: "", exitCode: 0 };
  };
}

function cat(host: ProbeHost): Builtin {
  return async (args, { stdin }) => {
    if (args.length === 0) return { stdout: await stdin(), stderr: "", exitCode: 0 };
    let stdout = "";
    let stderr = "";
    for (const path of args) {
      const text = host.readFile(path);
      if (text === null) stderr += `cat: cannot open ${path}\n`;
      else stdout += text;
    }
    return { stdout, stderr, exitCode: stderr ? 2 : 0 };
  };
}

/** grep [-v] [-i] [-E] pattern [file…]: extended regular expressions are close enough here. */
function grep(host: ProbeHost): Builtin {
  return async (args, { stdin }) => {
    const flags = args.filter((arg) => /^-[viE]+$/.test(arg)).join("");
    const [pattern, ...files] = args.filter((arg) => !/^-[viE]+$/.test(arg));
    if (pattern === undefined) return { stdout: "", stderr: "Usage: grep [-E|-F] [-c|-l|-q] [-insvxbhwyu] pattern file ...\n", exitCode: 2 };
    let expression: RegExp;
    try {
      expression = new RegExp(pattern, flags.includes("i") ? "i" : "");
    } catch {
      return { stdout: "", stderr: `grep: ${pattern}: not a valid regular expression\n`, exitCode: 2 };
    }
    const text = files.length === 0 ? await stdin() : files.map((file) => host.readFile(file) ?? "").join("");
    const matched = text.split("\n").filter((line, index, all) => (index < all.length - 1 || line !== "") && expression.test(line) !== flags.includes("v"));
    return { stdout: matched.map((line) => `${line}\n`).join(""), stderr: "", exitCode: matched.length > 0 ? 0 : 1 };
  };
}

function ps(host: ProbeHost): Builtin {
  return async (args) => {
    if (args.length > 0 && !args.every((arg) => /^-[efa]+$/.test(arg))) return { stdout: "", stderr: "ps: Not a recognized flag\n", exitCode: 1 };
    return { stdout: host.processList(), stderr: "", exitCode: 0 };
  };
}

export function probes(host: ProbeHost): Record<string, Builtin> {
  return {
    echo,
    true: async () => ({ stdout: "", stderr: "", exitCode: 0 }),
    false: async () => ({ stdout: "", stderr: "", exitCode: 1 }),
    uname: uname(host),
    cat: cat(host),
    grep: grep(host),
    ps: ps(host),
  };
}
