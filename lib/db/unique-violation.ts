/**
 * Prisma's unique-constraint error (P2002): another writer got there between a check and an
 * insert. Its own module, free of the client: importing it never opens a database.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
