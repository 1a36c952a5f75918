import type { Listener, Read, ServerAutostart, ServerJob } from "@/lib/checks/observation-types";

/**
 * Whether a TCP/IP server runs, from its QSYSWRK jobs and its listeners, the way FTP-01 and
 * SMTP-01 decide it: either source seeing it is enough for "running"; "not running" needs both
 * to have answered.
 */
export interface ServerState {
  running: boolean | null;
  jobs: string[];
  ports: number[];
  /** How that was determined, in words. */
  basis: string;
}

export function serverState(jobs: Read<ServerJob[]> | undefined, listeners: Read<Listener[]> | undefined, ports: readonly number[], jobPattern: string): ServerState {
  const jobNames = jobs?.ok ? jobs.value.map((job) => job.jobName) : [];
  const listening = listeners?.ok ? [...new Set(listeners.value.filter((l) => l.protocol === "TCP" && ports.includes(l.localPort)).map((l) => l.localPort))].sort((a, b) => a - b) : [];
  const portText = ports.join(" or ");
  if (jobNames.length > 0 || listening.length > 0) {
    const parts = [
      jobNames.length > 0 ? `${jobNames.length} ${jobPattern} job(s) active in QSYSWRK` : null,
      listening.length > 0 ? `listening on TCP ${listening.join(", ")}` : null,
    ].filter(Boolean);
    return { running: true, jobs: jobNames, ports: listening, basis: parts.join(" and ") };
  }
  if (jobs?.ok && listeners?.ok) return { running: false, jobs: [], ports: [], basis: `no ${jobPattern} job in QSYSWRK and no listener on TCP ${portText}` };
  return { running: null, jobs: [], ports: [], basis: "the job list or the listener list could not be read" };
}

/** A server's AUTOSTART from QUSRSYS/QATOCSTART, or null when the file or the record is missing. */
export function autostartOf(records: Read<ServerAutostart[]> | undefined, server: string): boolean | null {
  if (!records?.ok) return null;
  return records.value.find((record) => record.server === server)?.autostart ?? null;
}
