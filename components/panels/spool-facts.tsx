import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Observations } from "@/lib/checks/observation-types";
import type { TPolicy } from "@/lib/checks/policy";
import { specialAuthorityHolderRows, spoolQueueRows } from "@/lib/dashboard/spool-view";
import { ReadNote } from "./read-note";
import { SpoolReadersCell } from "./spool-readers-cell";

const keyword = (value: string | null) => (value === null ? "?" : `*${value}`);

const HOLDER_SECTIONS = [
  { authority: "*SPLCTL", why: "Reads, moves and deletes every spooled file on the system, whatever the queue says." },
  { authority: "*JOBCTL", why: "Holds, releases and deletes spool on OPRCTL(*YES) queues, and reads it unless DSPDTA(*OWNER)." },
  { authority: "*ALLOBJ", why: "All object authority: every spooled file included." },
] as const;

export function SpoolFacts({ observations, policy }: { observations: Observations; policy: TPolicy | null }) {
  const rows = spoolQueueRows(observations, policy);
  const queues = observations.outputQueues;
  return (
    <div className="space-y-6">
      {queues.ok && queues.incomplete ? (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-200 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-900" data-testid="partial-inventory">
          <span className="font-semibold">Partial inventory.</span> {queues.incomplete.reason}
          {queues.incomplete.grantCl ? (
            <>
              {" "}
              Grant it with <code className="font-mono text-xs">{queues.incomplete.grantCl}</code>
            </>
          ) : null}
        </p>
      ) : null}
      <Card title={`Output queues (${rows.length})`}>
        <div className="space-y-3">
          {/* The partial inventory is announced above; the note adds failures and interpretation notes. */}
          <ReadNote read={queues.ok ? { ...queues, incomplete: null } : queues} what="the output queues" />
          <ReadNote read={observations.outputQueuePrivileges} what="the queue authorities" />
          {rows.length > 0 ? (
            <Table caption="Output queues and who can read their spool">
              <thead>
                <tr>
                  <Th>Queue</Th>
                  <Th>Files</Th>
                  <Th>DSPDTA</Th>
                  <Th>OPRCTL</Th>
                  <Th>AUTCHK</Th>
                  <Th>*PUBLIC</Th>
                  <Th>Who can read its spool</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {rows.map((row) => (
                  <tr key={`${row.library}/${row.name}`} data-testid={`outq-${row.library}/${row.name}`}>
                    <Td>
                      <span className="font-mono font-semibold">
                        {row.library}/{row.name}
                      </span>
                      {row.sensitive ? (
                        <div>
                          <Badge tone="info">Sensitive</Badge>
                        </div>
                      ) : null}
                      <div className="text-xs text-slate-500 dark:text-slate-400">
                        owner {row.owner ?? "?"} · library *PUBLIC {row.libraryPublic ?? "?"}
                      </div>
                    </Td>
                    <Td>{row.files ?? "—"}</Td>
                    <Td>{row.displayAnyFile === "YES" ? <Badge tone="critical">*YES</Badge> : keyword(row.displayAnyFile)}</Td>
                    <Td>{row.operatorControlled === "YES" && row.sensitive ? <Badge tone="warn">*YES</Badge> : keyword(row.operatorControlled)}</Td>
                    <Td>{keyword(row.authorityToCheck)}</Td>
                    <Td className="font-mono text-xs">{row.publicAuthority ?? "?"}</Td>
                    <Td className="min-w-64">
                      <SpoolReadersCell answer={row.readers} intendedReaders={row.sensitive?.intendedReaders.length ? row.sensitive.intendedReaders : null} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : queues.ok ? (
            <p className="text-sm">No output queue was visible to the scanning profile.</p>
          ) : null}
          {policy && policy.sensitiveOutputQueues.length === 0 ? (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              No queue is tagged sensitive in this system&rsquo;s policy. An administrator tags the queues that hold payroll or HR reports (e.g. PAYLIB/PAYROLL) under Systems.
            </p>
          ) : null}
        </div>
      </Card>
      <Card title="Who holds the special authorities that read spool">
        <div className="space-y-4">
          <ReadNote read={observations.specialAuthorityHolders} what="the special authority holders" />
          <ReadNote read={observations.groupMemberships} what="the group memberships" />
          {observations.specialAuthorityHolders.ok ? (
            <div className="grid gap-4 lg:grid-cols-3">
              {HOLDER_SECTIONS.map((section) => {
                const holders = specialAuthorityHolderRows(observations, section.authority, policy);
                return (
                  <section key={section.authority} aria-labelledby={`holders-${section.authority}`} data-testid={`holders-${section.authority}`}>
                    <h3 id={`holders-${section.authority}`} className="font-mono text-sm font-semibold">
                      {section.authority} ({holders.length})
                    </h3>
                    <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{section.why}</p>
                    <ul className="space-y-1 text-sm">
                      {holders.map((holder) => (
                        <li key={holder.profile} className="flex flex-wrap items-center gap-1">
                          <span className="font-mono">{holder.profile}</span>
                          {holder.throughGroup ? <span className="text-xs text-slate-600 dark:text-slate-400">through group {holder.throughGroup}</span> : null}
                          {holder.status === "DISABLED" ? <Badge>disabled</Badge> : null}
                          {holder.approved ? <Badge tone="good">approved</Badge> : <Badge tone="bad">not approved</Badge>}
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </div>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
