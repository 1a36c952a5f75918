import type { CheckContext, CheckDefinition, CheckEvaluation, Panel, Severity } from "@/lib/checks/check-types";
import { net01UntrustedConnections } from "@/lib/checks/connections/net-01-untrusted-connections";
import { net02ListenerBaseline } from "@/lib/checks/connections/net-02-listener-baseline";
import { net04ConnectionVisibility } from "@/lib/checks/connections/net-04-connection-visibility";
import { net05EndTcpCnnAuthority } from "@/lib/checks/connections/net-05-endtcpcnn-authority";
import { net06SocketExitPoints } from "@/lib/checks/connections/net-06-socket-exit-points";
import { ftp01ServerRunning } from "@/lib/checks/ftp/ftp-01-server-running";
import { ftp02Autostart } from "@/lib/checks/ftp/ftp-02-autostart";
import { ftp03ExposureHours } from "@/lib/checks/ftp/ftp-03-exposure-hours";
import { ftp04ExitPrograms } from "@/lib/checks/ftp/ftp-04-exit-programs";
import { ftp05Cleartext } from "@/lib/checks/ftp/ftp-05-cleartext";
import { ftp06FunctionUsage } from "@/lib/checks/ftp/ftp-06-function-usage";
import { ftp10RexecTftp } from "@/lib/checks/ftp/ftp-10-rexec-tftp";
import { ftp11SshdHardening } from "@/lib/checks/ftp/ftp-11-sshd-hardening";
import type { Observations } from "@/lib/checks/observation-types";
import type { TPolicy } from "@/lib/checks/policy";
import type { ScanKind } from "@/lib/checks/read-batch";
import { ext01ExitPointCoverage } from "@/lib/checks/remote/ext-01-exit-point-coverage";
import { rmt01TelnetCleartextSessions } from "@/lib/checks/remote/rmt-01-telnet-cleartext-sessions";
import { rmt02HttpCleartext } from "@/lib/checks/remote/rmt-02-http-cleartext";
import { rmt03SftpInsteadOfFtp } from "@/lib/checks/remote/rmt-03-sftp-instead-of-ftp";
import { tln01TelnetCleartext } from "@/lib/checks/remote/tln-01-telnet-cleartext";
import { tln02AutoVirtualDevices } from "@/lib/checks/remote/tln-02-auto-virtual-devices";
import { smtp01ServerNotNeeded } from "@/lib/checks/smtp/smtp-01-server-not-needed";
import { smtp02OpenRelay } from "@/lib/checks/smtp/smtp-02-open-relay";
import { smtp03AcceptListBreadth } from "@/lib/checks/smtp/smtp-03-accept-list-breadth";
import { smtp04RejectEntries } from "@/lib/checks/smtp/smtp-04-reject-entries";
import { smtp06IosyscfgHolders } from "@/lib/checks/smtp/smtp-06-iosyscfg-holders";
import { outq01DisplayAnyFile } from "@/lib/checks/spool/outq-01-display-any-file";
import { outq02SensitivePublicAuthority } from "@/lib/checks/spool/outq-02-sensitive-public-authority";
import { outq03SensitiveOperatorControl } from "@/lib/checks/spool/outq-03-sensitive-operator-control";
import { outq04DataAuthorityPublic } from "@/lib/checks/spool/outq-04-data-authority-public";
import { outq05SplctlHolders } from "@/lib/checks/spool/outq-05-splctl-holders";
import { outq06JobctlHolders } from "@/lib/checks/spool/outq-06-jobctl-holders";
import { outq07SensitiveLibraryPublic } from "@/lib/checks/spool/outq-07-sensitive-library-public";
import { outq09EffectiveReaders } from "@/lib/checks/spool/outq-09-effective-readers";
import { prv01SpecialAuthorityCounts } from "@/lib/checks/spool/prv-01-special-authority-counts";

/** Every check Portcullis runs, in the order the panels list them. */
export const checkCatalogue: readonly CheckDefinition[] = [
  ftp01ServerRunning,
  ftp02Autostart,
  ftp03ExposureHours,
  ftp04ExitPrograms,
  ftp05Cleartext,
  ftp06FunctionUsage,
  ftp10RexecTftp,
  ftp11SshdHardening,
  smtp01ServerNotNeeded,
  smtp02OpenRelay,
  smtp03AcceptListBreadth,
  smtp04RejectEntries,
  smtp06IosyscfgHolders,
  net01UntrustedConnections,
  net02ListenerBaseline,
  net04ConnectionVisibility,
  net05EndTcpCnnAuthority,
  net06SocketExitPoints,
  outq01DisplayAnyFile,
  outq02SensitivePublicAuthority,
  outq03SensitiveOperatorControl,
  outq04DataAuthorityPublic,
  outq05SplctlHolders,
  outq06JobctlHolders,
  outq07SensitiveLibraryPublic,
  outq09EffectiveReaders,
  prv01SpecialAuthorityCounts,
  tln01TelnetCleartext,
  tln02AutoVirtualDevices,
  ext01ExitPointCoverage,
  rmt01TelnetCleartextSessions,
  rmt02HttpCleartext,
  rmt03SftpInsteadOfFtp,
];

export interface CheckRunResult extends CheckEvaluation {
  checkId: string;
  panel: Panel;
  title: string;
  severity: Severity;
}

/**
 * Runs the checks of one scan kind. A check that throws is reported as not assessed with the
 * error, never dropped: a bug must not look like a pass.
 */
export function evaluateChecks(observations: Observations, policy: TPolicy, context: CheckContext, kind: ScanKind): CheckRunResult[] {
  return checkCatalogue
    .filter((check) => check.scanKinds.includes(kind))
    .map((check) => {
      let evaluation: CheckEvaluation;
      try {
        evaluation = check.evaluate(observations, policy, context);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        evaluation = { outcome: "not_assessed", detail: `The check failed while evaluating (${message}); this is a Portcullis bug.`, findings: [] };
      }
      return { checkId: check.id, panel: check.panel, title: check.title, severity: check.severity, ...evaluation };
    });
}
