/**
 * The SQL engine the simulator uses unless a test injects another: simulator/sql's SqlEngine
 * (PGlite in worker threads), started on first use.
 */
import { SqlEngine } from "@/simulator/sql/sql-engine";
import type { SqlPort } from "./sql-port";

export function startDefaultSqlEngine(): Promise<SqlPort> {
  return SqlEngine.start();
}
