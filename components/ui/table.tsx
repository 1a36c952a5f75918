import type { ReactNode, ThHTMLAttributes, TdHTMLAttributes } from "react";
import { ScrollRegion } from "./scroll-region";

/** A data table that scrolls sideways on narrow screens, reachable from the keyboard. */
export function Table({ children, caption }: { children: ReactNode; caption: string }) {
  return (
    <ScrollRegion label={caption}>
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </ScrollRegion>
  );
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={`px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400 ${className}`}
      {...props}
    />
  );
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`px-3 py-2 align-top ${className}`} {...props} />;
}
