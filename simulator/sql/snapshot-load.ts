/**
 * Turns a system snapshot into one JSON document per storage table, inserted with
 * json_populate_recordset (one statement per table). Unknown object keys and column names are
 * errors: a typo in the simulator's state model must not silently become a NULL column.
 */
import { CATALOG, isObjectKey, OBJECT_KEYS, type ObjectKey } from "./catalog";
import { derivedRows } from "./derived-rows";
import { isIfsFunction, storageTable } from "./system-schema";
import type { SqlRow, SqlValue, SystemSqlSnapshot } from "./types";

export interface TableLoad {
  key: ObjectKey;
  table: string;
  /** JSON array of row objects keyed by lower-case column names. */
  json: string;
}

export function availableObjects(snapshot: SystemSqlSnapshot): ObjectKey[] {
  for (const key of snapshot.available) {
    if (!isObjectKey(key)) throw new Error(`Unknown IBM i object in snapshot.available: ${key}`);
  }
  // Catalog order keeps the generated schema stable whatever order the snapshot lists.
  return OBJECT_KEYS.filter((key) => snapshot.available.includes(key));
}

export function tableLoads(prefix: string, snapshot: SystemSqlSnapshot): TableLoad[] {
  for (const key of [...Object.keys(snapshot.tables), ...Object.keys(snapshot.members)]) {
    if (!isObjectKey(key)) throw new Error(`Unknown IBM i object in snapshot: ${key}`);
  }
  const available = availableObjects(snapshot);
  return available.flatMap((key) => {
    const rows = storageRows(key, available, snapshot);
    return rows.length === 0 ? [] : [{ key, table: storageTable(prefix, key), json: JSON.stringify(rows) }];
  });
}

function storageRows(key: ObjectKey, available: readonly ObjectKey[], snapshot: SystemSqlSnapshot): Record<string, SqlValue>[] {
  const object = CATALOG[key];
  switch (object.kind) {
    case "view": {
      const given = snapshot.tables[key];
      const rows = "derived" in object && given === undefined ? derivedRows(key, available, snapshot) : (given ?? []);
      return rows.map((row) => columnValues(key, row));
    }
    case "multi-member-file":
      return Object.entries(snapshot.members[key] ?? {}).flatMap(([member, rows]) =>
        rows.map((row) => ({ _member: member, ...columnValues(key, row) })),
      );
    case "table-function":
      return isIfsFunction(object)
        ? Object.entries(snapshot.files).map(([path, content]) => ({ path, content }))
        : (snapshot.tables[key] ?? []).map((row, index) => ({ _seq: index, ...columnValues(key, row) }));
  }
}

function columnValues(key: ObjectKey, row: SqlRow): Record<string, SqlValue> {
  const known = new Set<string>(CATALOG[key].columns.map((column) => column.name));
  const values: Record<string, SqlValue> = {};
  for (const [name, value] of Object.entries(row)) {
    if (!known.has(name)) throw new Error(`Unknown column ${name} in ${key}`);
    values[name.toLowerCase()] = value;
  }
  return values;
}
