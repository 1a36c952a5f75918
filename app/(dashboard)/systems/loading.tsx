import { LoadingStatus, Skeleton, SkeletonRows } from "@/components/ui/skeleton";

export default function SystemLoading() {
  return (
    <LoadingStatus label="Loading the system…">
      <div className="space-y-4">
        <Skeleton className="h-4 w-40" />
        <div className="flex items-center gap-4">
          <Skeleton className="h-14 w-14" />
          <Skeleton className="h-10 w-64" />
        </div>
        <Skeleton className="h-9 w-full" />
        <SkeletonRows rows={4} className="h-28" />
      </div>
    </LoadingStatus>
  );
}
