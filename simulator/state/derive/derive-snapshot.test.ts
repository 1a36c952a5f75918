import { describe, expect, it } from "vitest";
import { instantiateScenario } from "@/simulator/fleet/instantiate-scenario";
import { loadScenarios } from "@/simulator/fleet/load-scenarios";
import { CATALOG, isObjectKey } from "@/simulator/sql/catalog";
import { parseSqlType } from "@/simulator/sql/sql-type";
import type { SqlValue } from "@/simulator/sql/types";
import { deriveSnapshot } from "./derive-snapshot";

const NOW = new Date("2026-03-10T12:00:00.000Z");

/** Why a value does not fit its catalog column, or null when it does. */
function misfit(type: string, value: SqlValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const parsed = parseSqlType(type as Parameters<typeof parseSqlType>[0]);
  switch (parsed.kind) {
    case "char":
    case "varchar":
      return typeof value === "string" && value.length <= parsed.length ? null : `${JSON.stringify(value)} is not ${type}`;
    case "smallint":
    case "integer":
    case "bigint":
      return Number.isInteger(value) ? null : `${JSON.stringify(value)} is not ${type}`;
    case "decimal":
      return typeof value === "number" ? null : `${JSON.stringify(value)} is not ${type}`;
    case "timestamp":
    case "date":
      return value instanceof Date && !Number.isNaN(value.getTime()) ? null : `${String(value)} is not ${type}`;
    case "time":
      return typeof value === "string" && /^\d{2}:\d{2}:\d{2}$/.test(value) ? null : `${String(value)} is not ${type}`;
  }
}

describe("deriveSnapshot", () => {
  for (const scenario of loadScenarios()) {
    it(`${scenario.name}: every row has only catalog columns, with values that fit their types`, () => {
      const snapshot = deriveSnapshot(instantiateScenario(scenario, 1, NOW), { now: NOW, user: scenario.serviceUser });
      const problems: string[] = [];
      const check = (key: string, rows: Record<string, SqlValue>[]) => {
        if (!isObjectKey(key)) return problems.push(`${key} is not in the catalog`);
        const columns = new Map<string, string>(CATALOG[key].columns.map((column) => [column.name, column.type]));
        for (const row of rows) {
          for (const [name, value] of Object.entries(row)) {
            const type = columns.get(name);
            const problem = type ? misfit(type, value) : `no column ${name}`;
            if (problem) problems.push(`${key}.${name}: ${problem}`);
          }
        }
      };
      for (const [key, rows] of Object.entries(snapshot.tables)) check(key, rows);
      for (const [key, members] of Object.entries(snapshot.members)) for (const rows of Object.values(members)) check(key, rows);
      expect([...new Set(problems)]).toEqual([]);
      expect(snapshot.available.every((key) => isObjectKey(key))).toBe(true);
    });
  }
});
