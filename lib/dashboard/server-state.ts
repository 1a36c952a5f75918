import type { Listener, Read, ServerAutostart, ServerJob } from "@/lib/checks/observation-types";
import { sightServer } from "@/lib/checks/server-activity";

/** Whether a TCP/IP server runs (the rule FTP-01 and SMTP-01 use, `sightServer`), in the panel's words. */
export interface ServerState {
  running: boolean | null;
  jobs: string[];
  ports: number[];
  /** How that was determined, in words. */
  basis: string;
}

/** `jobs` null: the server has no job read, its listeners alone decide (as for Telnet and sshd). */
export function serverState(jobs: Read<ServerJob[]> | null | undefined, listeners: Read<Listener[]> | undefined, ports: readonly number[], jobPattern: string): ServerState {
  const sighting = sightServer(jobs, listeners, ports);
  const jobNames = sighting.jobs.map((job) => job.jobName);
  const listening = [...new Set(sighting.listening.map((l) => l.localPort))].sort((a, b) => a - b);
  const portText = ports.join(" or ");
  if (sighting.running) {
    const parts = [
      jobNames.length > 0 ? `${jobNames.length} ${jobPattern} job(s) active in QSYSWRK` : null,
      listening.length > 0 ? `listening on TCP ${listening.join(", ")}` : null,
    ].filter(Boolean);
    return { running: true, jobs: jobNames, ports: listening, basis: parts.join(" and ") };
  }
  if (sighting.running === false) {
    const noJob = jobs === null ? "" : `no ${jobPattern} job in QSYSWRK and `;
    return { running: false, jobs: [], ports: [], basis: `${noJob}no listener on TCP ${portText}` };
  }
  return { running: null, jobs: [], ports: [], basis: jobs === null ? "the listener list could not be read" : "the job list or the listener list could not be read" };
}

/** A server's AUTOSTART from QUSRSYS/QATOCSTART, or null when the file or the record is missing. */
export function autostartOf(records: Read<ServerAutostart[]> | undefined, server: string): boolean | null {
  if (!records?.ok) return null;
  return records.value.find((record) => record.server === server)?.autostart ?? null;
}
