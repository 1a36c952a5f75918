import { describe, expect, it } from "vitest";
import { CATALOG, columnsOf, isObjectKey, OBJECT_KEYS } from "./catalog";
import { parseSqlType } from "./sql-type";

describe("catalog", () => {
  it.each(OBJECT_KEYS)("%s is declared consistently", (key) => {
    const object = CATALOG[key];
    const names = columnsOf(key).map((column) => column.name);
    expect(key).toBe(`${object.schema}.${object.name}`);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    for (const column of columnsOf(key)) expect(() => parseSqlType(column.type)).not.toThrow();
    if ("systemName" in object && object.systemName) expect(object.systemName.length).toBeLessThanOrEqual(10);
    if (object.kind === "table-function") {
      for (const param of object.params) {
        expect(() => parseSqlType(param.type)).not.toThrow();
        if ("column" in param.filter) expect(names).toContain(param.filter.column);
      }
    }
  });

  it("knows its own keys only", () => {
    expect(isObjectKey("QSYS2.NETSTAT_INFO")).toBe(true);
    expect(isObjectKey("QSYS2.NETSTAT_ROUTE_INFO")).toBe(false);
    expect(isObjectKey("toString")).toBe(false);
  });

  it("rejects a type class it does not know", () => {
    expect(() => parseSqlType("graphic(10)" as never)).toThrow("Not a Db2 type class: graphic(10)");
  });
});
