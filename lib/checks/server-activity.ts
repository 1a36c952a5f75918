import { evidence, notAssessed, partial } from "@/lib/checks/check-outcomes";
import type { CheckContext, CheckEvaluation, FindingEvidence } from "@/lib/checks/check-types";
import type { Listener, Observations, Read, ReadFailed, ServerJob } from "@/lib/checks/observation-types";

/**
 * Whether a TCP/IP server is running, from two independent reads: its jobs in QSYSWRK and its
 * listening socket. Either one seeing the server is enough to say "running"; saying "not
 * running" needs both to have answered, otherwise the answer is unknown and the check says why.
 */
export interface ServerActivity {
  running: boolean | null;
  evidence: FindingEvidence;
  failures: ReadFailed[];
  /** How many reads were consulted (listeners, and jobs when the server has a job read). */
  readsConsulted: number;
}

export function tcpListenersOn(observations: Observations, ports: readonly number[]) {
  return listenersOn(observations.listeners, ports);
}

function listenersOn(listeners: Read<Listener[]> | undefined, ports: readonly number[]) {
  return listeners?.ok ? listeners.value.filter((l) => l.protocol === "TCP" && ports.includes(l.localPort)) : null;
}

/** What the two reads saw of a server, before it is put into words (a check's evidence, a panel's text). */
export interface ServerSighting {
  running: boolean | null;
  jobs: ServerJob[];
  listening: Listener[];
}

/**
 * The rule itself. `jobs` is null for a server without a job read (Telnet: its job name is [U]),
 * so the listeners alone decide; undefined when that read has not been collected. Listeners
 * undefined: not collected.
 */
export function sightServer(jobs: Read<ServerJob[]> | null | undefined, listeners: Read<Listener[]> | undefined, ports: readonly number[]): ServerSighting {
  const jobsSeen = jobs?.ok ? jobs.value : [];
  const listening = listenersOn(listeners, ports);
  if (jobsSeen.length > 0 || (listening?.length ?? 0) > 0) return { running: true, jobs: jobsSeen, listening: listening ?? [] };
  const bothAnswered = listening !== null && (jobs === null || jobs?.ok === true);
  return { running: bothAnswered ? false : null, jobs: [], listening: [] };
}

export function serverActivity(
  observations: Observations,
  jobs: Read<ServerJob[]> | null,
  ports: readonly number[],
  jobDescription: string,
): ServerActivity {
  const sighting = sightServer(jobs, observations.listeners, ports);
  const portText = ports.join("/");
  const consulted = [observations.listeners, ...(jobs ? [jobs] : [])];
  const failures = consulted.filter((read): read is ReadFailed => !read.ok);
  const readsConsulted = consulted.length;
  const { listening } = sighting;
  if (jobs?.ok && sighting.jobs.length > 0) {
    return {
      running: true,
      evidence: evidence(
        [...jobs.statementIds, ...(listening.length ? observations.listeners.statementIds : [])],
        [...sighting.jobs.map((job) => job.row), ...listening.map((l) => l.row)],
        `${sighting.jobs.length} ${jobDescription} job(s) active in QSYSWRK (QSYS2.ACTIVE_JOB_INFO)` +
          (listening.length ? ` and a listener on port ${portText} (QSYS2.NETSTAT_INFO)` : ""),
        "high",
      ),
      failures,
      readsConsulted,
    };
  }
  if (sighting.running) {
    return {
      running: true,
      evidence: evidence(
        observations.listeners.statementIds,
        listening.map((l) => l.row),
        `a listener on TCP port ${portText} (QSYS2.NETSTAT_INFO)`,
        "high",
      ),
      failures,
      readsConsulted,
    };
  }
  return {
    running: sighting.running,
    evidence: evidence(
      [...observations.listeners.statementIds, ...(jobs?.statementIds ?? [])],
      [],
      `no ${jobDescription} job in QSYSWRK and no listener on TCP port ${portText}`,
      sighting.running === false ? "high" : "low",
    ),
    failures,
    readsConsulted,
  };
}

/**
 * The outcome when `running` is null: `partial` when one of two reads answered (and saw
 * nothing), `not_assessed` when nothing answered. Either way the failed reads say why.
 */
export function unknownActivity(activity: ServerActivity, server: string): CheckEvaluation {
  if (activity.failures.length >= activity.readsConsulted) {
    return notAssessed(`Whether the ${server} server runs could not be determined.`, activity.failures);
  }
  const reasons = activity.failures.map((read) => read.failure.explanation).join(" ");
  return partial(`The ${server} server looks stopped in what could be read (${activity.evidence.determinedBy}), but not every source answered. ${reasons}`);
}

export const ftpActivity = (observations: Observations) =>
  serverActivity(observations, observations.ftpJobs, [21, 990], "FTP server (QTFTP*)");

export const smtpActivity = (observations: Observations) =>
  serverActivity(observations, observations.smtpJobs, [25], "SMTP server (QTSM*)");

/**
 * Whether FTP listened at this scan, for the exposure-hours history (FTP-03). The scan runner
 * stores one sample per scan, full or connections; null when this scan could not tell.
 */
export function ftpListeningSample(observations: Observations): boolean | null {
  return ftpActivity(observations).running;
}

/** The context with this reading's FTP sample appended, as the history will hold it once stored. */
export function withFtpSample(context: CheckContext, observations: Observations, at: Date): CheckContext {
  const listening = ftpListeningSample(observations);
  return listening === null ? context : { ...context, ftpListeningHistory: [...context.ftpListeningHistory, { at, listening }] };
}
