import Link from "next/link";
import { EmptyState } from "@/components/ui/card";

export default function FindingNotFound() {
  return (
    <EmptyState title="This finding does not exist.">
      The link may be wrong, or its system was deleted.{" "}
      <Link href="/findings" className="font-medium text-indigo-700 underline dark:text-indigo-300">
        All findings
      </Link>
    </EmptyState>
  );
}
