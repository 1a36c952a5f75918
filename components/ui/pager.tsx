import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** "Page 2 of 7" with Previous and Next links; the page builds each link so its filters stay in the URL. */
export function Pager({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
      <span>
        Page {page} of {pages}
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className={buttonClass("secondary", "sm")} href={hrefFor(page - 1)}>
            Previous
          </Link>
        ) : null}
        {page < pages ? (
          <Link className={buttonClass("secondary", "sm")} href={hrefFor(page + 1)}>
            Next
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
