/**
 * SERVER(…) of STRTCPSVR/ENDTCPSVR: which servers a list of special values selects. Only the
 * servers the simulator models are accepted; *AUTOSTART selects those with AUTOSTART(*YES) [C].
 */
import type { THttpInstance, TSystemState } from "@/simulator/state/schema";
import { CL_MANAGED_SERVER_IDS, CL_SERVER_VALUES, serverByClValue, type ServerId } from "@/simulator/state/server-catalog";
import { escapeFailure } from "../cl-failure";
import type { ParamDef } from "../command-definition";

const SERVER_VALUES = ["*ALL", "*AUTOSTART", "*HTTP", ...CL_SERVER_VALUES];

export function serverParameters(): ParamDef[] {
  return [
    {
      keyword: "SERVER",
      type: { kind: "list", of: { kind: "special", values: SERVER_VALUES }, max: 300, alone: ["*ALL", "*AUTOSTART"] },
      default: ["*ALL"],
    },
    { keyword: "HTTPSVR", type: { kind: "name", special: ["*ALL", "*ADMIN"] }, default: "*ALL" },
  ];
}

export interface ServerSelection {
  readonly servers: ServerId[];
  readonly http: boolean;
}

export function selectServers(state: TSystemState, values: readonly string[]): ServerSelection {
  if (values.includes("*ALL")) return { servers: [...CL_MANAGED_SERVER_IDS], http: true };
  if (values.includes("*AUTOSTART")) {
    return { servers: CL_MANAGED_SERVER_IDS.filter((id) => state.servers[id].autostart), http: state.servers.http.some((i) => i.autostart) };
  }
  return {
    servers: values.map((value) => serverByClValue(value)?.id).filter((id): id is ServerId => id !== undefined),
    http: values.includes("*HTTP"),
  };
}

/** HTTPSVR(…): *ALL instances, *ADMIN, or one instance by name (TCP1A13 when there is none). */
export function selectHttpInstances(state: TSystemState, selection: ServerSelection, httpName: string): THttpInstance[] {
  if (!selection.http) return [];
  if (httpName === "*ALL") return state.servers.http;
  const wanted = httpName === "*ADMIN" ? "ADMIN" : httpName;
  const instances = state.servers.http.filter((instance) => instance.name === wanted);
  if (instances.length === 0) throw escapeFailure("TCP1A13", httpName);
  return instances;
}
