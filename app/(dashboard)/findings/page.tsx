import type { Metadata } from "next";
import Link from "next/link";
import { FindingsFilterForm } from "@/components/findings/findings-filter-form";
import { FindingsTable } from "@/components/findings/findings-table";
import { Card, EmptyState, NotAllowed, PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { userWithPermission } from "@/lib/auth/session";
import { findingFilterQuery, parseFindingFilter, type SearchParams } from "@/lib/dashboard/finding-filter";
import { findFindings } from "@/lib/dashboard/findings";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Findings" };

export default async function FindingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const { filter, invalid } = parseFindingFilter(await searchParams);
  const [systems, result] = await Promise.all([
    prisma.system.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    invalid.length > 0 ? Promise.resolve({ items: [], total: 0, pages: 1 }) : findFindings(prisma, filter),
  ]);
  return (
    <>
      <PageHeader title="Findings" description="Everything the checks found across the fleet, most severe first. Open findings are the work list; accepted risks come back when their acceptance ends." />
      <Card className="mb-4">
        <FindingsFilterForm filter={filter} systems={systems} />
      </Card>
      {invalid.length > 0 ? (
        <EmptyState title="These filter values are not valid, so nothing is listed.">
          {invalid.join(", ")}.{" "}
          <Link href="/findings" className="font-medium text-indigo-700 underline dark:text-indigo-300">
            Start again
          </Link>
        </EmptyState>
      ) : result.items.length === 0 ? (
        <EmptyState title={systems.length === 0 ? "No systems yet, so no findings." : "No findings match these filters."}>
          {systems.length === 0 ? "An administrator registers systems under Systems; their first scan fills this list." : "Try another status or severity, or reset the filters."}
        </EmptyState>
      ) : (
        <Card title={`${result.total} finding${result.total === 1 ? "" : "s"}`}>
          <FindingsTable items={result.items} />
          <Pager page={filter.page} pages={result.pages} hrefFor={(page) => `/findings${findingFilterQuery({ ...filter, page })}`} />
        </Card>
      )}
    </>
  );
}
