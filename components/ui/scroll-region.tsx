import type { ReactNode } from "react";

/**
 * A box that scrolls sideways when its content is wider than the page, reachable and scrollable
 * from the keyboard (WCAG: a scrollable region must be focusable) and named for screen readers.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-md focus-visible:outline-2">
      {children}
    </div>
  );
}
