/**
 * A loopback HTTP/JSON control API over a running Simulator, for other processes (Playwright
 * tests, the demo):
 *
 *   GET    /systems                          every system: listing, scenario, faults
 *   GET    /systems/:name                    one system
 *   PUT    /systems/:name/faults             replace its faults (body: faults object)
 *   DELETE /systems/:name/faults             clear its faults
 *   GET    /systems/:name/connections        live TCP connections
 *   POST   /systems/:name/connections        add one (body: localPort, remoteAddress, user, …)
 *   DELETE /systems/:name/connections/:id    drop one
 *   POST   /systems/:name/reset              back to the scenario's starting state
 *   GET    /clock                            the simulated time
 *   POST   /clock/advance                    move it forward (body: { "ms": 3600000 })
 *
 * Errors are { "error": text } with 400 (bad body), 404 (unknown system, connection or route).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { z } from "zod";
import { ZFaults } from "@/simulator/runtime/faults";
import { ZObjectName } from "@/simulator/state/schema";
import { UnknownSystemError, type Simulator } from "@/simulator/simulator";

const ZNewConnection = z.object({
  localPort: z.number().int().min(1).max(65535),
  remoteAddress: z.ipv4(),
  remotePort: z.number().int().min(1).max(65535).optional(),
  user: z.string().transform((name) => name.toUpperCase()).pipe(ZObjectName),
  idleSeconds: z.number().int().min(0).optional(),
  bytesSent: z.number().int().min(0).optional(),
  bytesReceived: z.number().int().min(0).optional(),
});

const ZAdvance = z.object({ ms: z.number().int().min(0) });

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let body = "";
  for await (const chunk of request) body += chunk;
  if (!body) return {};
  try {
    return JSON.parse(body);
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, z.prettifyError(result.error));
  return result.data;
}

function describeSystem(simulator: Simulator, name: string) {
  const listing = simulator.systems().find((system) => system.name === name.toUpperCase());
  if (!listing) throw new UnknownSystemError(name);
  const runtime = simulator.system(name);
  return { ...listing, scenario: runtime.scenario.name, release: runtime.state.release, faults: simulator.faults(name) };
}

type Handler = (simulator: Simulator, params: string[], body: () => Promise<unknown>) => Promise<{ status: number; json?: unknown }>;

const ROUTES: { method: string; path: RegExp; handler: Handler }[] = [
  { method: "GET", path: /^\/systems$/, handler: async (sim) => ({ status: 200, json: sim.systems().map((s) => describeSystem(sim, s.name)) }) },
  { method: "GET", path: /^\/systems\/([^/]+)$/, handler: async (sim, [name]) => ({ status: 200, json: describeSystem(sim, name!) }) },
  {
    method: "PUT",
    path: /^\/systems\/([^/]+)\/faults$/,
    handler: async (sim, [name], body) => {
      sim.setFaults(name!, parse(ZFaults, await body()));
      return { status: 200, json: sim.faults(name!) };
    },
  },
  {
    method: "DELETE",
    path: /^\/systems\/([^/]+)\/faults$/,
    handler: async (sim, [name]) => {
      sim.clearFaults(name!);
      return { status: 204 };
    },
  },
  { method: "GET", path: /^\/systems\/([^/]+)\/connections$/, handler: async (sim, [name]) => ({ status: 200, json: sim.connections(name!) }) },
  {
    method: "POST",
    path: /^\/systems\/([^/]+)\/connections$/,
    handler: async (sim, [name], body) => ({ status: 201, json: sim.addConnection(name!, parse(ZNewConnection, await body())) }),
  },
  {
    method: "DELETE",
    path: /^\/systems\/([^/]+)\/connections\/([^/]+)$/,
    handler: async (sim, [name, id]) => {
      if (!sim.dropConnection(name!, id!)) throw new HttpError(404, `No connection ${id} on ${name}`);
      return { status: 204 };
    },
  },
  {
    method: "POST",
    path: /^\/systems\/([^/]+)\/reset$/,
    handler: async (sim, [name]) => {
      sim.reset(name!);
      return { status: 204 };
    },
  },
  { method: "GET", path: /^\/clock$/, handler: async (sim) => ({ status: 200, json: { now: sim.clock.now().toISOString() } }) },
  {
    method: "POST",
    path: /^\/clock\/advance$/,
    handler: async (sim, _params, body) => ({ status: 200, json: { now: sim.advanceClock(parse(ZAdvance, await body()).ms).toISOString() } }),
  },
];

async function handle(simulator: Simulator, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const reply = (status: number, json?: unknown) => {
    response.writeHead(status, json === undefined ? {} : { "content-type": "application/json" });
    response.end(json === undefined ? undefined : JSON.stringify(json));
  };
  try {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const route = ROUTES.find((candidate) => candidate.method === request.method && candidate.path.test(path));
    if (!route) throw new HttpError(404, `No route ${request.method} ${path}`);
    const params = route.path.exec(path)!.slice(1).map(decodeURIComponent);
    const { status, json } = await route.handler(simulator, params, () => readJson(request));
    reply(status, json);
  } catch (error) {
    if (error instanceof HttpError) reply(error.status, { error: error.message });
    else if (error instanceof UnknownSystemError) reply(404, { error: error.message });
    else if (error instanceof z.ZodError) reply(400, { error: z.prettifyError(error) });
    else reply(500, { error: (error as Error).message });
  }
}

/** Starts the control API on 127.0.0.1; port 0 picks a free one. */
export function startControlServer(simulator: Simulator, port: number, host = "127.0.0.1"): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => void handle(simulator, request, response));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        port: typeof address === "object" && address ? address.port : port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
