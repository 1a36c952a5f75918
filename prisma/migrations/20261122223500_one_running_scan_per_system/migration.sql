-- A system is never scanned twice at once, whatever the number of workers: the database refuses a
-- second running scan of the same system. (Prisma's schema language has no partial indexes, so
-- this one is written by hand; the schema snapshot beside it is unchanged.)
CREATE UNIQUE INDEX "scan_one_running_per_system" ON "scan" ("system_id") WHERE "status" = 'running';
