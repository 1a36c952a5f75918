import type { Metadata } from "next";
import { SystemForm } from "@/components/admin/system-form";
import { Card, NotAllowed, PageHeader } from "@/components/ui/card";
import { userWithPermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Register a system" };

export default async function NewSystemPage() {
  const { allowed } = await userWithPermission("systems.manage");
  if (!allowed) return <NotAllowed />;
  return (
    <>
      <PageHeader
        title="Register a system"
        description="Portcullis connects over SSH, checks the host key you confirm, and reads what its profile can see in one command. Nothing is installed on the IBM i."
      />
      <Card>
        <SystemForm />
      </Card>
    </>
  );
}
