/**
 * The simulated systems living on one PGlite instance: each gets a short schema prefix (s1, s2, …)
 * and its snapshot is loaded into that prefix's tables. Loading again replaces the data; when the
 * set of available objects changed (a PTF "applied"), the objects are rebuilt first.
 */
import { CATALOG, type ObjectKey } from "./catalog";
import { availableObjects, tableLoads } from "./snapshot-load";
import { createSystemSql, dropSystemSql, memberViewSql, storageTable } from "./system-schema";
import type { PgliteHost } from "./pglite-host";
import type { Db2ErrorAnswer, SystemSqlSnapshot } from "./types";

export interface SystemEntry {
  prefix: string;
  available: ReadonlySet<ObjectKey>;
  /** Member names of each multi-member file, in the order they were added. */
  members: ReadonlyMap<ObjectKey, readonly string[]>;
  denied: Readonly<Record<string, Db2ErrorAnswer>>;
}

export class SystemRegistry {
  private readonly systems = new Map<string, SystemEntry>();
  private nextPrefix = 1;

  constructor(private readonly host: PgliteHost) {}

  get(systemId: string): SystemEntry | undefined {
    return this.systems.get(systemId);
  }

  /** Registry changes happen while holding the session, so loads and drops apply in call order. */
  async load(systemId: string, snapshot: SystemSqlSnapshot): Promise<void> {
    const available = availableObjects(snapshot);
    const members = new Map(
      available
        .filter((key) => CATALOG[key].kind === "multi-member-file")
        .map((key) => [key, Object.keys(snapshot.members[key] ?? {})] as const),
    );
    await this.host.exclusive(async () => {
      const previous = this.systems.get(systemId);
      const prefix = previous?.prefix ?? `s${this.nextPrefix++}`;
      const loads = tableLoads(prefix, snapshot);
      const tables = available.map((key) => storageTable(prefix, key));
      await this.host.exec("RESET ROLE; RESET search_path; BEGIN;");
      try {
        if (previous && sameKeys(previous.available, available)) await this.host.exec(`TRUNCATE ${tables.join(", ")};`);
        else await this.host.exec((previous ? dropSystemSql(prefix) : "") + createSystemSql(prefix, available));
        for (const [key, names] of members) await this.host.exec(memberViewSql(prefix, key, names[0] ?? null));
        for (const load of loads) {
          await this.host
            .query(`INSERT INTO ${load.table} SELECT * FROM json_populate_recordset(NULL::${load.table}, $1)`, [load.json])
            .catch((error: unknown) => {
              throw new Error(`Loading ${systemId} ${load.key}: ${error instanceof Error ? error.message : String(error)}`);
            });
        }
        // PGlite runs no autovacuum: without statistics join plans were several times slower.
        if (tables.length > 0) await this.host.exec(`ANALYZE ${tables.join(", ")};`);
        await this.host.exec("COMMIT;");
      } catch (error) {
        await this.host.exec("ROLLBACK;");
        throw error;
      }
      this.systems.set(systemId, { prefix, available: new Set(available), members, denied: { ...snapshot.denied } });
    });
  }

  async drop(systemId: string): Promise<void> {
    await this.host.exclusive(async () => {
      const entry = this.systems.get(systemId);
      if (!entry) return;
      this.systems.delete(systemId);
      await this.host.exec("RESET ROLE; RESET search_path;" + dropSystemSql(entry.prefix));
    });
  }
}

function sameKeys(previous: ReadonlySet<ObjectKey>, next: readonly ObjectKey[]): boolean {
  return previous.size === next.length && next.every((key) => previous.has(key));
}
