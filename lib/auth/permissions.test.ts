import { describe, expect, test } from "vitest";
import { can, permissionsOf } from "./permissions";

describe("permission table", () => {
  test("the auditor reads everything and changes nothing", () => {
    expect(permissionsOf("auditor")).toEqual(["fleet.read", "audit.read"]);
  });

  test("only admins manage users and systems", () => {
    expect(can("admin", "users.manage")).toBe(true);
    expect(can("officer", "users.manage")).toBe(false);
    expect(can("officer", "systems.manage")).toBe(false);
    expect(can("auditor", "systems.manage")).toBe(false);
  });

  test("only officers run remediations; admins may approve them", () => {
    expect(can("officer", "remediations.run")).toBe(true);
    expect(can("admin", "remediations.run")).toBe(false);
    expect(can("admin", "remediations.approve")).toBe(true);
    expect(can("auditor", "remediations.approve")).toBe(false);
  });

  test("fails closed for unknown roles and missing values", () => {
    expect(can("root", "fleet.read")).toBe(false);
    expect(can(undefined, "fleet.read")).toBe(false);
    expect(can("ADMIN", "users.manage")).toBe(false);
  });
});
