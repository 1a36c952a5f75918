import { FtpExposureChart } from "@/components/charts/ftp-exposure-chart";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { TPolicy } from "@/lib/checks/policy";
import type { KnownSetting } from "@/lib/checks/unreadable-setting";
import { ftpExitPointRows } from "@/lib/dashboard/exit-points";
import type { ExposureWeek } from "@/lib/dashboard/ftp-exposure-weeks";
import type { CollectedObservations } from "@/lib/dashboard/latest-observations";
import { autostartOf, serverState } from "@/lib/dashboard/server-state";
import { POLICY_UNREADABLE } from "@/lib/dashboard/system-policy";
import { FactList } from "./fact-list";
import { KnownSettingText } from "./known-setting-text";
import { ReadNote } from "./read-note";
import { serverStartFacts } from "./server-state-text";

export type FtpKinds = "ftpJobs" | "listeners" | "serverAutostart" | "exitPrograms";

const ALWSSL_MEANING: Record<string, string> = {
  "*ONLY": "TLS required: no clear-text sessions",
  "*YES": "TLS offered, clear text still accepted",
  "*NO": "No TLS: every password crosses the network readable",
};

function windowText(policy: TPolicy): string {
  if (!policy.approvedServers.includes("ftp")) return "FTP is not approved on this system: every hour it listens counts as exposure.";
  if (policy.ftpWindow === null) return "FTP is approved at any time (no window).";
  const window = policy.ftpWindow;
  return `FTP is approved ${window.days.map((day) => day[0]!.toUpperCase() + day.slice(1)).join(", ")} ${window.from}–${window.to} (${window.timeZone}).`;
}

export function FtpFacts({ observed, policy, tls, weeks }: { observed: CollectedObservations<FtpKinds>; policy: TPolicy | null; tls: KnownSetting | null; weeks: ExposureWeek[] }) {
  const state = serverState(observed.ftpJobs?.read, observed.listeners?.read, [21, 990], "QTFTP*");
  const autostart = autostartOf(observed.serverAutostart?.read, "FTP");
  const approved = policy ? policy.approvedServers.includes("ftp") : null;
  const exitPrograms = observed.exitPrograms?.read;
  const listeners = observed.listeners?.read;
  const tlsListener = listeners?.ok ? listeners.value.some((l) => l.protocol === "TCP" && l.localPort === 990) : null;
  return (
    <div className="space-y-6">
      <Card title="FTP server">
        <div className="space-y-4">
          <FactList
            facts={[
              ...serverStartFacts({
                server: "FTP",
                state,
                approved,
                autostart,
                stateCollected: observed.ftpJobs,
                autostartCollected: observed.serverAutostart,
                autostartSource: "From the *FTP record of QUSRSYS/QATOCSTART, a file documented only by third-party code (CBX16911), not by IBM: low confidence.",
              }),
              {
                label: "TLS (CHGFTPA ALWSSL)",
                value: (
                  <span>
                    <KnownSettingText
                      known={tls}
                      tone={tls?.value === "*ONLY" ? "good" : tls?.value === "*NO" ? "critical" : "warn"}
                      meaning={tls ? (ALWSSL_MEANING[tls.value] ?? "") : ""}
                      unknownText="IBM offers no way to read ALWSSL. An officer can attest it in the system policy (after CHGFTPA with F4), or apply ALWSSL(*ONLY) through Portcullis so it is known."
                    />
                    {tlsListener !== null ? (
                      <span className="block text-xs text-slate-600 dark:text-slate-400">
                        {tlsListener ? "A listener on 990 (implicit FTPS) was seen." : "No listener on 990 (implicit FTPS) was seen."}
                      </span>
                    ) : null}
                  </span>
                ),
                testId: "ftp-tls",
              },
              { label: "Approved window", value: policy ? windowText(policy) : POLICY_UNREADABLE, testId: "ftp-window" },
            ]}
          />
          <ReadNote read={observed.ftpJobs?.read} what="the FTP server jobs" />
          <ReadNote read={observed.listeners?.read} what="the listening ports" />
          <ReadNote read={observed.serverAutostart?.read} what="the server autostart file" />
        </div>
      </Card>
      <Card title="Exit programs on the FTP, REXEC, TFTP and Telnet exit points">
        {exitPrograms?.ok ? (
          <Table caption="Exit programs">
            <thead>
              <tr>
                <Th>Exit point</Th>
                <Th>Guards</Th>
                <Th>Registered programs</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {ftpExitPointRows(exitPrograms.value).map((row) => (
                <tr key={row.name}>
                  <Td className="font-mono text-xs">{row.name}</Td>
                  <Td>{row.guards}</Td>
                  <Td>
                    {row.programs.length === 0 ? (
                      <Badge tone={row.server === "ftp" && state.running ? "critical" : row.server === "telnet" ? "warn" : "neutral"}>None: every request is let through</Badge>
                    ) : (
                      <ul className="font-mono text-xs">
                        {row.programs.map((program) => (
                          <li key={`${program.number}-${program.program}`}>
                            #{program.number ?? "?"} {program.program} {program.format ? `(${program.format})` : ""}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <ReadNote read={exitPrograms} what="the exit program registrations" />
        )}
        {exitPrograms === undefined ? <p className="text-sm text-slate-600 dark:text-slate-400">Not read yet.</p> : null}
      </Card>
      <Card title="FTP exposure hours per week">
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
          {policy ? `${windowText(policy)} The policy tolerates ${policy.maxFtpExposureHoursPerWeek} h per week outside it.` : POLICY_UNREADABLE}
        </p>
        <FtpExposureChart weeks={weeks} />
      </Card>
    </div>
  );
}
