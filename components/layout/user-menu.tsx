import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { buttonClass } from "@/components/ui/button";
import { signOutAction } from "./sign-out";

export function UserMenu({ user }: { user: CurrentUser }) {
  return (
    <div className="flex items-center gap-3">
      <div className="text-right text-xs leading-tight">
        <p className="font-medium" data-testid="user-email">
          {user.email}
        </p>
        <p className="text-slate-600 dark:text-slate-400" data-testid="user-role">
          {ROLE_LABELS[user.role]}
        </p>
      </div>
      <form action={signOutAction}>
        <button type="submit" className={buttonClass("secondary", "sm")}>
          Sign out
        </button>
      </form>
    </div>
  );
}
