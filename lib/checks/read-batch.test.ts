import { describe, expect, it } from "vitest";
import { buildReadBatch, DEFAULT_SSHD_CONFIG_PATH, STATEMENT_IDS } from "@/lib/checks/read-batch";

describe("buildReadBatch", () => {
  const full = buildReadBatch("full");
  const connections = buildReadBatch("connections");

  it("reads everything in a full scan, in a fixed order starting with the probes", () => {
    expect(full.map((s) => s.id)).toEqual([...STATEMENT_IDS]);
    expect(full.slice(0, 3).map((s) => s.id)).toEqual(["probe-release", "probe-services", "probe-authorities"]);
    expect(full.at(-1)?.id).toBe("smtp-accept-alias-drop");
  });

  it("keeps the connection scan to probes, listeners, connections and FTP jobs", () => {
    expect(connections.map((s) => s.id)).toEqual([
      "probe-release",
      "probe-services",
      "probe-authorities",
      "ftp-jobs",
      "net-listeners",
      "net-connections",
      "net-connection-jobs",
      "probe-function-usage",
    ]);
  });

  it("writes every statement on one line without a terminator, as the stdin batch needs", () => {
    for (const statement of full) {
      expect(statement.sql, statement.id).not.toMatch(/[\n;]/);
      expect(statement.sql.trim(), statement.id).toBe(statement.sql);
    }
  });

  it("creates, reads and drops the QATMADRLST member alias in that order within the same batch", () => {
    const ids = full.map((s) => s.id);
    const create = ids.indexOf("smtp-accept-alias");
    expect(ids.slice(create, create + 3)).toEqual(["smtp-accept-alias", "smtp-accept-entries", "smtp-accept-alias-drop"]);
    expect(full[create]!.sql).toBe("CREATE OR REPLACE ALIAS QTEMP.PORTCULLIS_ACCEPTRLY FOR QUSRSYS.QATMADRLST (ACCEPTRLY)");
    expect(full[create + 2]!.sql).toBe("DROP ALIAS QTEMP.PORTCULLIS_ACCEPTRLY");
  });

  it("selects named columns everywhere except the member whose layout IBM does not document", () => {
    const starSelects = full.filter((s) => /SELECT \*/.test(s.sql)).map((s) => s.id);
    expect(starSelects).toEqual(["smtp-accept-entries"]);
  });

  it("asks SERVICES_INFO about exactly the services the other statements use", () => {
    const probe = full.find((s) => s.id === "probe-services")!;
    for (const name of ["NETSTAT_INFO", "NETSTAT_JOB_INFO", "TELNET_SERVER_ATTRIBUTES", "IFS_READ", "EXIT_PROGRAM_INFO", "HTTP_SERVER_INFO"]) {
      expect(probe.sql).toContain(`'${name}'`);
    }
    expect(probe.sql).not.toContain("'SYSPARTITIONSTAT'");
    expect(probe.sql).not.toContain("'QATOCSTART'");
  });

  it("reads sshd_config from the 5733-SC1 path by default, or from a configured path with quotes doubled", () => {
    expect(full.find((s) => s.id === "sshd-config")!.sql).toContain(`PATH_NAME => '${DEFAULT_SSHD_CONFIG_PATH}'`);
    const custom = buildReadBatch("full", { sshdConfigPath: "/QOpenSys/etc/ssh/o'brien_config" });
    expect(custom.find((s) => s.id === "sshd-config")!.sql).toContain("PATH_NAME => '/QOpenSys/etc/ssh/o''brien_config'");
  });

  it("marks the third-party-documented sources with low confidence", () => {
    expect(full.find((s) => s.id === "tcp-autostart")!.sourceConfidence).toBe("low");
    expect(full.find((s) => s.id === "tcp-autostart")!.purpose).toContain("third party");
    expect(full.find((s) => s.id === "smtp-accept-entries")!.sourceConfidence).toBe("low");
  });
});
