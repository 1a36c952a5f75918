/**
 * The PASE `system` utility: `system [-beEhiIkKnOpqsv] CL-command [CL-parameters …]` (facts §1.2).
 * The words after the options are joined with blanks into one CL command. On success the
 * command's messages go to stdout as `MSGID: text` (one blank) and the exit status is 0; when it
 * ends with an escape message its messages go to stderr and the status is 255. A called program's
 * own output and return code pass straight through (QZDFMDB2 returns 4 after an SQL error).
 * Only -n (no "MSGID:" prefix, as in QShell's `system`) changes the output; the other options are
 * accepted and ignored [U: their PASE meanings are not documented in what could be read].
 */
import type { ClResult } from "@/simulator/cl/run-command";
import type { Builtin, ShellOutput } from "./run-shell-line";

const OPTIONS = "beEhiIkKnOpqsv";
const USAGE = "Usage: system [-beEhiIkKnOpqsv] CL-command [CL-parameters ...]\n";

export function formatClResult(result: ClResult, withIds: boolean): ShellOutput {
  if (result.program) return { ...result.program };
  const text = result.messages.map((entry) => (withIds ? `${entry.id}: ${entry.text}\n` : `${entry.text}\n`)).join("");
  return result.success ? { stdout: text, stderr: "", exitCode: 0 } : { stdout: "", stderr: text, exitCode: 255 };
}

export function paseSystem(runCl: (command: string, stdin: () => Promise<string>) => Promise<ClResult>): Builtin {
  return async (args, { stdin }) => {
    let index = 0;
    let withIds = true;
    for (; index < args.length && args[index]!.startsWith("-") && args[index] !== "-"; index++) {
      const flags = args[index]!.slice(1);
      if (args[index] === "--") {
        index++;
        break;
      }
      const unknown = [...flags].find((flag) => !OPTIONS.includes(flag));
      if (unknown) return { stdout: "", stderr: `system: illegal option -- ${unknown}\n${USAGE}`, exitCode: 1 };
      if (flags.includes("n")) withIds = false;
    }
    const command = args.slice(index).join(" ").trim();
    if (!command) return { stdout: "", stderr: USAGE, exitCode: 1 };
    return formatClResult(await runCl(command, stdin), withIds);
  };
}
