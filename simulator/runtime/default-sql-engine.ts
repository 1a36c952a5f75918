/**
 * The SQL engine the simulator uses unless a test injects another: simulator/sql's SqlEngine
 * (PGlite in worker threads), started on first use.
 */
import type { SqlPort } from "./sql-port";

export async function startDefaultSqlEngine(): Promise<SqlPort> {
  throw new Error("The simulator's SQL engine (simulator/sql) has not landed yet");
}
