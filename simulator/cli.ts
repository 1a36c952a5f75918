/**
 * `npm run simulator -- --systems N [--scenario NAME …] [--base-port P] [--state-dir DIR]
 *  [--latency-ms MS] [--control-port P] [--json]`
 *
 * Starts N simulated IBM i systems, prints each one's name, host, port, user, password and host
 * key fingerprint (or, with --json, one JSON object per line), then serves until Ctrl-C.
 */
import { parseArgs } from "node:util";
import { startControlServer } from "./control/control-server";
import { Simulator } from "./simulator";

const USAGE = `Usage: npm run simulator -- [--systems N] [--scenario NAME]... [--base-port PORT] [--state-dir DIR]
                             [--latency-ms MS] [--control-port PORT] [--json]`;

function integer(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new Error(`${flag} needs a whole number ≥ ${min}, not "${value}"`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      systems: { type: "string" },
      scenario: { type: "string", multiple: true },
      "base-port": { type: "string" },
      "state-dir": { type: "string" },
      "latency-ms": { type: "string" },
      "control-port": { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const simulator = await Simulator.start({
    systems: integer(values.systems, "--systems", 1),
    scenarios: values.scenario?.flatMap((value) => value.split(",")).filter(Boolean),
    basePort: integer(values["base-port"], "--base-port", 0),
    stateDir: values["state-dir"] ?? null,
    latencyMs: integer(values["latency-ms"], "--latency-ms", 0),
  });
  const controlPort = integer(values["control-port"], "--control-port", 0);
  const control = controlPort === undefined ? null : await startControlServer(simulator, controlPort);

  for (const system of simulator.systems()) {
    if (values.json) console.log(JSON.stringify(system));
    else console.log(`${system.name.padEnd(8)} ${system.host}:${system.port}  user ${system.user}  password ${system.password}  host key ${system.hostKeySha256}`);
  }
  if (control) console.error(`Control API on http://127.0.0.1:${control.port}`);
  console.error(`${simulator.systems().length} systems ready. Ctrl-C stops them.`);

  const stop = async () => {
    await control?.close();
    await simulator.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error: Error) => {
  console.error(error.message);
  console.error(USAGE);
  process.exit(1);
});
