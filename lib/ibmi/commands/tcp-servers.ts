import { buildClCommand, clList, clWord, type BuiltClCommand, type ClValue } from "../cl-builder";
import { InvalidValueError } from "../errors";
import { qsysName, specialValue } from "../values";

/**
 * TCP/IP server attributes and start/stop. CHGFTPA, CHGTELNA and CHGSMTPA need *IOSYSCFG; STRTCPSVR
 * and ENDTCPSVR ship *PUBLIC *EXCLUDE (grant *USE or have *ALLOBJ). ENDTCPSVR ends active sessions
 * immediately. (ibmi-facts.md §2.4, §3.2, §6.)
 */

const AUTOSTART = ["*YES", "*NO", "*SAME"] as const;
const ALWSSL = ["*YES", "*NO", "*ONLY", "*SAME"] as const;
/** Relay policy values as described by Kisco [3P]; a possible POP-window value is [U] and left out. */
const ALWRLY = ["*ALL", "*NONE", "*LIST", "*NEAR", "*BOTH", "*SAME"] as const;

function optionalSpecial<T extends string>(input: unknown, allowed: readonly T[], field: string): ClValue | undefined {
  return input === undefined ? undefined : clWord(specialValue(input, allowed, field));
}

function requireSomeChange(command: string, params: ReadonlyArray<readonly [string, ClValue | undefined]>): void {
  if (params.every(([, value]) => value === undefined)) {
    throw new InvalidValueError(command, `needs at least one of ${params.map(([keyword]) => keyword).join(", ")}`, {});
  }
}

function changeAttributes(
  name: string,
  params: ReadonlyArray<readonly [string, ClValue | undefined]>,
): BuiltClCommand {
  requireSomeChange(name, params);
  return buildClCommand(name, params);
}

/** `CHGFTPA`: AUTOSTART takes effect at the next STRTCP, ALWSSL at the next FTP connection. */
export function chgftpa(options: { autostart?: string; alwssl?: string }): BuiltClCommand {
  return changeAttributes("CHGFTPA", [
    ["AUTOSTART", optionalSpecial(options.autostart, AUTOSTART, "CHGFTPA AUTOSTART")],
    ["ALWSSL", optionalSpecial(options.alwssl, ALWSSL, "CHGFTPA ALWSSL")],
  ]);
}

/** `CHGTELNA`: both attributes take effect when the Telnet server next starts. */
export function chgtelna(options: { autostart?: string; alwssl?: string }): BuiltClCommand {
  return changeAttributes("CHGTELNA", [
    ["AUTOSTART", optionalSpecial(options.autostart, AUTOSTART, "CHGTELNA AUTOSTART")],
    ["ALWSSL", optionalSpecial(options.alwssl, ALWSSL, "CHGTELNA ALWSSL")],
  ]);
}

/** `CHGSMTPA`: ALWRLY applies to the next mail processed, AUTOSTART at the next SMTP start. */
export function chgsmtpa(options: { alwrly?: string; autostart?: string }): BuiltClCommand {
  return changeAttributes("CHGSMTPA", [
    ["ALWRLY", optionalSpecial(options.alwrly, ALWRLY, "CHGSMTPA ALWRLY")],
    ["AUTOSTART", optionalSpecial(options.autostart, AUTOSTART, "CHGSMTPA AUTOSTART")],
  ]);
}

/** Servers the dashboard starts and stops. `*ALL` is left out on purpose: it would end SSH too. */
const SERVERS = ["*FTP", "*TELNET", "*SMTP", "*SSHD", "*HTTP", "*POP", "*REXEC", "*TFTP", "*LPD"] as const;

function serverList(command: string, input: unknown, allowed: readonly string[]): ClValue {
  const list = Array.isArray(input) ? input : [input];
  if (list.length === 0) throw new InvalidValueError(`${command} SERVER`, "must name at least one server", input);
  const servers = list.map((server) => specialValue(server, allowed, `${command} SERVER`));
  if (new Set(servers).size !== servers.length) {
    throw new InvalidValueError(`${command} SERVER`, "must not repeat a server", input);
  }
  return clList(servers.map((server) => clWord(server)));
}

function httpInstance(command: string, server: ClValue, input: unknown, specials: readonly string[]): ClValue | undefined {
  if (input === undefined) return undefined;
  const field = `${command} HTTPSVR`;
  if (!server.split(" ").includes("*HTTP")) throw new InvalidValueError(field, "is only valid with SERVER(*HTTP)", input);
  return typeof input === "string" && input.startsWith("*")
    ? clWord(specialValue(input, specials, field))
    : clWord(qsysName(input, field));
}

/** `STRTCPSVR SERVER(...)`, optionally `HTTPSVR(instance|*ADMIN)` with *HTTP. `*AUTOSTART` starts every AUTOSTART(*YES) server. */
export function strtcpsvr(options: { server: string | string[]; httpsvr?: string }): BuiltClCommand {
  const server = serverList("STRTCPSVR", options.server, [...SERVERS, "*AUTOSTART"]);
  return buildClCommand("STRTCPSVR", [
    ["SERVER", server],
    ["HTTPSVR", httpInstance("STRTCPSVR", server, options.httpsvr, ["*ADMIN"])],
  ]);
}

/** `ENDTCPSVR SERVER(...)`, optionally `HTTPSVR(instance|*ALL|*ADMIN)` with *HTTP. */
export function endtcpsvr(options: { server: string | string[]; httpsvr?: string }): BuiltClCommand {
  const server = serverList("ENDTCPSVR", options.server, SERVERS);
  return buildClCommand("ENDTCPSVR", [
    ["SERVER", server],
    ["HTTPSVR", httpInstance("ENDTCPSVR", server, options.httpsvr, ["*ALL", "*ADMIN"])],
  ]);
}
