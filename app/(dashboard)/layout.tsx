import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks, type NavItem } from "@/components/layout/nav-links";
import { UserMenu } from "@/components/layout/user-menu";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const items: NavItem[] = [
    { href: "/", label: "Fleet" },
    { href: "/findings", label: "Findings" },
    { href: "/remediations", label: "Remediations" },
  ];
  if (can(user.role, "systems.manage")) items.push({ href: "/admin/systems", label: "Systems" });
  if (can(user.role, "trust.manage")) items.push({ href: "/admin/trusted-networks", label: "Trusted networks" });
  if (can(user.role, "users.manage")) items.push({ href: "/admin/users", label: "Users" });
  if (can(user.role, "audit.read")) items.push({ href: "/admin/audit", label: "Audit log" });
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <div className="flex items-center gap-6">
            <Link href="/" className="text-base font-semibold tracking-tight">
              Portcullis
            </Link>
            <NavLinks items={items} />
          </div>
          <UserMenu user={user} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
