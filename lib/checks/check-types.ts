import type { Observations } from "@/lib/checks/observation-types";
import type { TPolicy } from "@/lib/checks/policy";
import type { ScanKind, StatementId } from "@/lib/checks/read-batch";
import type { Row } from "@/lib/checks/statement-result";
import type { TTrustedNetwork } from "@/lib/net/trusted-networks";

export type Severity = "critical" | "high" | "medium" | "low" | "info";
export type Panel = "ftp" | "smtp" | "connections" | "spool" | "remote";
export type CheckOutcome = "pass" | "fail" | "not_assessed" | "partial";
export type Confidence = "high" | "medium" | "low";

/** Remediation ids the remediation catalogue implements (lib/remediations). */
export const REMEDIATION_IDS = [
  "ftp.end-server",
  "ftp.autostart-off",
  "ftp.schedule-window",
  "ftp.alwssl-only",
  "smtp.alwrly",
  "smtp.remove-list-entry",
  "smtp.add-list-entry",
  "smtp.end-server",
  "smtp.autostart-off",
  "net.end-connection",
  "net.end-address",
  "net.trust-network",
  "outq.change",
  "outq.public-exclude",
  "telnet.alwssl-only",
  "telnet.end-server",
] as const;
export type RemediationId = (typeof REMEDIATION_IDS)[number];

export interface FindingEvidence {
  statementIds: StatementId[];
  rows: Row[];
  /** How the value was determined, e.g. "QSYS2.NETSTAT_INFO listener on port 21". */
  determinedBy: string;
  confidence: Confidence;
}

export interface FindingDraft {
  /** Stable within one check on one system (an address, a queue, an entry), so the finding can be tracked across scans. */
  key: string;
  severity: Severity;
  title: string;
  detail: string;
  evidence: FindingEvidence;
}

export interface CheckEvaluation {
  outcome: CheckOutcome;
  /** Plain language: the answer, or exactly what could not be read and how to fix that. */
  detail: string;
  findings: FindingDraft[];
}

/** A value Portcullis itself applied through a remediation, and when. */
export interface AppliedSetting {
  value: string;
  at: Date;
}

export interface ListeningSample {
  at: Date;
  listening: boolean;
}

export interface CheckContext {
  now: Date;
  trustedNetworks: readonly TTrustedNetwork[];
  /** Last values Portcullis applied for settings IBM gives no SQL to read. */
  applied: {
    smtpAllowRelay?: AppliedSetting | null;
    ftpAllowSsl?: AppliedSetting | null;
  };
  /** Whether the FTP server listened, sampled by every scan (see `ftpListeningSample`). */
  ftpListeningHistory: readonly ListeningSample[];
  /** A gap between samples longer than this is "not observed" (`sampleGapMinutes` of the system's schedule). */
  ftpSampleGapMinutes: number;
  /**
   * Addresses Portcullis itself connects from (the local address of its SSH socket). Its own
   * scanning session shows up in NETSTAT_INFO like any other and must not be reported.
   */
  ownAddresses?: readonly string[];
}

export interface CheckDefinition {
  id: string;
  panel: Panel;
  title: string;
  /** Why it matters, for a security officer rather than an IBM i specialist. */
  why: string;
  source: string;
  severity: Severity;
  reads: readonly StatementId[];
  scanKinds: readonly ScanKind[];
  remediationIds: readonly RemediationId[];
  evaluate(observations: Observations, policy: TPolicy, context: CheckContext): CheckEvaluation;
}
