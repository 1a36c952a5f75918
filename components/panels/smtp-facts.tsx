import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { DEFAULT_POLICY, type TPolicy } from "@/lib/checks/policy";
import { acceptEntryBreadth, type AcceptEntryBreadth } from "@/lib/checks/smtp-accept-breadth";
import type { KnownSetting } from "@/lib/checks/unreadable-setting";
import type { CollectedObservations } from "@/lib/dashboard/latest-observations";
import { autostartOf, serverState } from "@/lib/dashboard/server-state";
import { ALWRLY_MEANINGS, SMTP_LIST_MEMBERS } from "@/lib/dashboard/smtp-relay";
import { POLICY_UNREADABLE } from "@/lib/dashboard/system-policy";
import { FactList } from "./fact-list";
import { KnownSettingText } from "./known-setting-text";
import { ReadNote } from "./read-note";
import { serverStartFacts } from "./server-state-text";

export type SmtpKinds = "smtpJobs" | "listeners" | "serverAutostart" | "smtpListMembers" | "smtpAcceptList";

/** SMTP-03's judgement of the entry as a badge: no problem is good, a high one critical. */
const breadthTone = ({ problem }: AcceptEntryBreadth) => (problem === null ? "good" : problem.severity === "high" || problem.severity === "critical" ? "critical" : "warn");

export function SmtpFacts({ observed, policy, relay }: { observed: CollectedObservations<SmtpKinds>; policy: TPolicy | null; relay: KnownSetting | null }) {
  const state = serverState(observed.smtpJobs?.read, observed.listeners?.read, [25], "QTSM*");
  const approved = policy ? policy.approvedServers.includes("smtp") : null;
  const accept = observed.smtpAcceptList?.read;
  const members = observed.smtpListMembers?.read;
  const meaning = relay ? ALWRLY_MEANINGS[relay.value] : undefined;
  return (
    <div className="space-y-6">
      <Card title="SMTP server">
        <div className="space-y-4">
          <FactList
            facts={[
              ...serverStartFacts({
                server: "SMTP",
                state,
                approved,
                autostart: autostartOf(observed.serverAutostart?.read, "SMTP"),
                stateCollected: observed.listeners,
                autostartCollected: observed.smtpJobs,
                autostartSource: "From QUSRSYS/QATOCSTART (third-party documented): low confidence.",
              }),
              {
                label: "Relay (CHGSMTPA ALWRLY)",
                value: (
                  <span>
                    <KnownSettingText
                      known={relay}
                      tone={meaning?.tone ?? "warn"}
                      meaning={meaning?.meaning ?? ""}
                      unknownText="IBM gives no SQL service or command to read ALWRLY. An officer can attest it in the system policy (after CHGSMTPA, F4 then F9), or apply ALWRLY(*LIST) through Portcullis so it is known."
                    />
                    <details className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                      <summary className="cursor-pointer">What each ALWRLY value means</summary>
                      <dl className="mt-1 space-y-1">
                        {Object.entries(ALWRLY_MEANINGS).map(([value, entry]) => (
                          <div key={value}>
                            <dt className="inline font-mono font-semibold">{value}</dt> <dd className="inline">{entry.meaning}</dd>
                          </div>
                        ))}
                      </dl>
                    </details>
                  </span>
                ),
                testId: "smtp-relay",
              },
              { label: "Approved", value: policy ? (approved ? "SMTP is approved on this system." : "SMTP is not approved: outbound mail only needs the SMTP client.") : POLICY_UNREADABLE },
            ]}
          />
          <ReadNote read={observed.smtpJobs?.read} what="the SMTP server jobs" />
          <ReadNote read={observed.serverAutostart?.read} what="the server autostart file" />
        </div>
      </Card>
      <Card title="*ACCEPT relay entries">
        <div className="space-y-3">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            With ALWRLY(*LIST) or *BOTH these entries decide who may relay. Read from member ACCEPTRLY of QUSRSYS/QATMADRLST through a QTEMP alias; IBM documents no
            record layout, so address and mask are recognised by their shape (medium confidence).
          </p>
          {accept?.ok ? (
            accept.value.length === 0 ? (
              <p className="text-sm">No *ACCEPT entry: no sender may relay by list.</p>
            ) : (
              <Table caption="SMTP *ACCEPT entries">
                <thead>
                  <tr>
                    <Th>Address</Th>
                    <Th>Subnet mask</Th>
                    <Th>Network</Th>
                    <Th>Who it lets relay</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                  {accept.value.map((entry) => {
                    const breadth = acceptEntryBreadth(entry, (policy ?? DEFAULT_POLICY).smtpAcceptMinPrefix);
                    return (
                      <tr key={`${entry.address}/${entry.mask}`} data-testid="smtp-accept-entry">
                        <Td className="font-mono">{entry.address}</Td>
                        <Td className="font-mono">{entry.mask}</Td>
                        <Td className="font-mono">{breadth.cidr ?? "—"}</Td>
                        <Td>
                          <Badge tone={breadthTone(breadth)}>{breadth.label}</Badge>
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            )
          ) : null}
          <ReadNote read={accept} what="the *ACCEPT list" />
        </div>
      </Card>
      <Card title="SMTP list members">
        <div className="space-y-3">
          {members?.ok ? (
            members.value.length === 0 ? (
              <p className="text-sm">QUSRSYS/QATMADRLST has no members: no SMTP list entry was ever added.</p>
            ) : (
              <Table caption="Members of QUSRSYS/QATMADRLST">
                <thead>
                  <tr>
                    <Th>Member</Th>
                    <Th>Entries</Th>
                    <Th>Holds</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                  {members.value.map((member) => (
                    <tr key={member.member}>
                      <Td className="font-mono">{member.member}</Td>
                      <Td>{member.entries ?? "—"}</Td>
                      <Td>{SMTP_LIST_MEMBERS[member.member] ?? "Another list (*REJECT, *NEAR, *DOMAIN…); IBM does not document which member holds which, so its entries are not read."}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )
          ) : null}
          <ReadNote read={members} what="the SMTP list members" />
        </div>
      </Card>
    </div>
  );
}
