/** What the runtime needs from the SQL engine; tests may inject a stand-in of this shape. */
import type { SqlEngine } from "@/simulator/sql/sql-engine";

export type SqlPort = Pick<SqlEngine, "loadSystem" | "runQzdfmdb2" | "dropSystem" | "close">;
