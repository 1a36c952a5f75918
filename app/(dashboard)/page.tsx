import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";

export default async function FleetPage() {
  await requireUser();
  const systems = await prisma.system.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, host: true } });
  return (
    <>
      <PageHeader title="Fleet" description="Every registered IBM i system and how exposed it is." />
      {systems.length === 0 ? (
        <EmptyState title="No systems registered yet.">An administrator registers systems under Systems.</EmptyState>
      ) : (
        <ul className="space-y-1 text-sm">
          {systems.map((system) => (
            <li key={system.id}>
              {system.name} <span className="text-slate-500">{system.host}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
