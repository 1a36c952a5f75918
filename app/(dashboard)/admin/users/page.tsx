import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, NotAllowed, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { ROLE_LABELS, isRole } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { CreateUserForm } from "./create-user-form";
import { UserRowControls } from "./user-row-controls";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { user, allowed } = await userWithPermission("users.manage");
  if (!allowed) return <NotAllowed />;
  const users = await prisma.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
  });
  return (
    <>
      <PageHeader title="Users" description="Who can sign in, and with which role. Administrators manage users and systems; security officers scan and remediate; auditors read everything and change nothing." />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={`${users.length} user(s)`} className="lg:col-span-2">
          <Table caption="Users">
            <thead>
              <tr>
                <Th>Email</Th>
                <Th>Name</Th>
                <Th>Role</Th>
                <Th>Status</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {users.map((row) => (
                <tr key={row.id} data-testid={`user-row-${row.email}`}>
                  <Td className="font-medium">{row.email}</Td>
                  <Td>{row.name}</Td>
                  <Td>{isRole(row.role) ? ROLE_LABELS[row.role] : row.role}</Td>
                  <Td>{row.disabled ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Active</Badge>}</Td>
                  <Td>
                    {row.id === user.id ? (
                      <span className="text-xs text-slate-500">You</span>
                    ) : (
                      <UserRowControls userId={row.id} email={row.email} role={isRole(row.role) ? row.role : "auditor"} disabled={row.disabled} />
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card title="Add a user">
          <CreateUserForm />
        </Card>
      </div>
    </>
  );
}
