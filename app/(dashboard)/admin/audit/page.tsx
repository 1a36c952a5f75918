import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, NotAllowed, PageHeader } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th } from "@/components/ui/table";
import { findAuditEvents, parseAuditFilter, type TAuditFilter } from "@/lib/audit/query";
import { userWithPermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Audit log" };

const OUTCOME_TONE = { success: "good", failure: "bad", denied: "critical" } as const;

function pageHref(filter: TAuditFilter, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, page })) if (value !== undefined && value !== "") params.set(key, String(value));
  return `/admin/audit?${params.toString()}`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { allowed } = await userWithPermission("audit.read");
  if (!allowed) return <NotAllowed />;
  const filter = parseAuditFilter(await searchParams);
  const { events, total, pages } = await findAuditEvents(prisma, filter);
  return (
    <>
      <PageHeader title="Audit log" description="Every change made through Portcullis, every sign-in and every refused attempt, newest first." />
      <Card className="mb-4">
        <form className="grid items-end gap-3 sm:grid-cols-6" method="get">
          <Field id="f-action" label="Action starts with">
            <TextInput id="f-action" name="action" defaultValue={filter.action} placeholder="user." />
          </Field>
          <Field id="f-actor" label="Actor email contains">
            <TextInput id="f-actor" name="actor" defaultValue={filter.actor} />
          </Field>
          <Field id="f-outcome" label="Outcome">
            <Select id="f-outcome" name="outcome" defaultValue={filter.outcome ?? ""}>
              <option value="">Any</option>
              <option value="success">Success</option>
              <option value="failure">Failure</option>
              <option value="denied">Denied</option>
            </Select>
          </Field>
          <Field id="f-from" label="From">
            <TextInput id="f-from" name="from" type="date" defaultValue={filter.from} />
          </Field>
          <Field id="f-to" label="To">
            <TextInput id="f-to" name="to" type="date" defaultValue={filter.to} />
          </Field>
          <button type="submit" className={buttonClass("secondary")}>
            Filter
          </button>
        </form>
      </Card>
      {events.length === 0 ? (
        <EmptyState title="No audit events match these filters." />
      ) : (
        <Card title={`${total} event(s)`}>
          <Table caption="Audit events">
            <thead>
              <tr>
                <Th>Time (UTC)</Th>
                <Th>Actor</Th>
                <Th>Action</Th>
                <Th>Target</Th>
                <Th>Outcome</Th>
                <Th>IP</Th>
                <Th>Detail</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {events.map((event) => (
                <tr key={event.id} data-testid="audit-row">
                  <Td className="whitespace-nowrap font-mono text-xs">{event.at.toISOString().replace("T", " ").slice(0, 19)}</Td>
                  <Td>{event.actorEmail ?? <span className="text-slate-500">—</span>}</Td>
                  <Td className="font-mono text-xs">{event.action}</Td>
                  <Td className="font-mono text-xs">{event.targetType ? `${event.targetType}:${event.targetId ?? ""}` : "—"}</Td>
                  <Td>
                    <Badge tone={OUTCOME_TONE[event.outcome as keyof typeof OUTCOME_TONE] ?? "neutral"}>{event.outcome}</Badge>
                  </Td>
                  <Td className="font-mono text-xs">{event.ip ?? "—"}</Td>
                  <Td className="max-w-md break-words font-mono text-xs text-slate-600 dark:text-slate-400">
                    {event.detail ? JSON.stringify(event.detail) : ""}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pager page={filter.page} pages={pages} hrefFor={(page) => pageHref(filter, page)} />
        </Card>
      )}
    </>
  );
}
