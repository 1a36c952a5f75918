import { LoadingStatus, Skeleton, SkeletonRows } from "@/components/ui/skeleton";

export function FleetSkeleton() {
  return (
    <LoadingStatus label="Loading the fleet…">
      <div className="space-y-6">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {Array.from({ length: 5 }, (_, index) => (
            <Skeleton key={index} className="h-24" />
          ))}
        </div>
        <SkeletonRows rows={6} className="h-14" />
        <Skeleton className="h-64" />
      </div>
    </LoadingStatus>
  );
}
