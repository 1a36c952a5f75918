#!/bin/sh
echo "Prisma's native schema engine is not available here; use npm run db:migrate / db:diff." >&2
exit 1
