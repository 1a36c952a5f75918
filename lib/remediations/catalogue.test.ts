import { describe, expect, it } from "vitest";
import { REMEDIATION_IDS } from "@/lib/checks/check-types";
import { checksFixedBy, ibmiAuthorityOf, remediationById, remediationCatalogue, remediationsForCheck } from "./catalogue";

describe("the remediation catalogue", () => {
  it("implements every remediation the checks offer, each offered on findings", () => {
    for (const id of REMEDIATION_IDS) expect(remediationById(id), id).toMatchObject({ id, offered: true });
  });

  it("has unique ids and names the IBM i authority of every command it may run", () => {
    const ids = remediationCatalogue.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const definition of remediationCatalogue.filter((d) => d.commands.length > 0)) {
      expect(ibmiAuthorityOf(definition).length, definition.id).toBeGreaterThan(0);
    }
    expect(ibmiAuthorityOf(remediationById("smtp.alwrly")!)).toEqual(["*IOSYSCFG special authority: CHGSMTPA needs *IOSYSCFG [C]"]);
    expect(ibmiAuthorityOf(remediationById("ftp.end-server")!)[0]).toMatch(/^\*USE authority to the command QSYS\/ENDTCPSVR \(or \*ALLOBJ\)/);
  });

  it("knows which checks each fixes from the check catalogue, and offers per check", () => {
    expect(checksFixedBy("smtp.alwrly")).toEqual(["SMTP-02"]);
    expect(checksFixedBy("ftp.end-server")).toEqual(["FTP-01", "FTP-03", "RMT-03"]);
    expect(checksFixedBy("ftp.start-server")).toEqual([]);
    expect(remediationsForCheck("NET-01").map((d) => d.id)).toEqual(["net.end-connection", "net.end-address", "net.trust-network"]);
    expect(remediationsForCheck("PRV-01")).toEqual([]);
  });

  it("keeps restore actions out of the finding menus", () => {
    expect(remediationCatalogue.filter((d) => !d.offered).map((d) => d.id)).toEqual([
      "ftp.autostart-on",
      "ftp.alwssl-restore",
      "smtp.autostart-on",
      "net.untrust-network",
      "outq.public-restore",
      "telnet.alwssl-restore",
    ]);
  });
});
