"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export interface TabNavItem {
  href: string;
  label: string;
  /** Small status marker after the label (a count, a dot). */
  badge?: ReactNode;
}

/**
 * Tabs that are links: each tab is its own URL, so a panel can be bookmarked, shared and opened
 * in a new window, and the browser's back button works. The current tab is marked for screen
 * readers with aria-current.
 */
export function TabNav({ label, items }: { label: string; items: TabNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mb-px flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-800">
      {items.map((item) => {
        const current = pathname === item.href;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? "page" : undefined}
            className={`inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium ${
              current
                ? "border-indigo-600 text-slate-900 dark:border-indigo-400 dark:text-slate-100"
                : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
            }`}
          >
            {item.label}
            {item.badge}
          </Link>
        );
      })}
    </nav>
  );
}
