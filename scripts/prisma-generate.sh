#!/bin/sh
# Prisma's CLI insists on a native schema engine that it downloads from Prisma's CDN, which this
# project cannot reach. `prisma generate` does not use the engine, so we point it at a stub that
# fails loudly if anything ever does call it (an empty stub would make `migrate` silently no-op).
set -e
cd "$(dirname "$0")/.."
PRISMA_SCHEMA_ENGINE_BINARY="$(pwd)/scripts/schema-engine-stub.sh" CHECKPOINT_DISABLE=1 \
  npx --no-install prisma generate
