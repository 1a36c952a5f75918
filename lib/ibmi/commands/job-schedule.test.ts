import { describe, expect, test } from "vitest";
import { addjobscde, rmvjobscde } from "./job-schedule";
import { endtcpcnn } from "./tcp-connections";
import { endtcpsvr, strtcpsvr } from "./tcp-servers";

describe("ADDJOBSCDE", () => {
  test("FTP off every evening: a nested command, days, time and text", () => {
    const entry = addjobscde({
      job: "ftpoff",
      cmd: endtcpsvr({ server: "*FTP" }),
      frq: "*WEEKLY",
      scdday: ["*ALL"],
      scdtime: "190000",
      text: "Dashboard: FTP off after hours",
    });
    expect(entry.text).toBe(
      "ADDJOBSCDE JOB(FTPOFF) CMD(ENDTCPSVR SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(190000) TEXT('Dashboard: FTP off after hours')",
    );
    expect(entry.params.CMD).toBe("ENDTCPSVR SERVER(*FTP)");
  });

  test("weekdays come out in week order; a nested command keeps its quoted strings", () => {
    const entry = addjobscde({
      job: "FTPON",
      cmd: strtcpsvr({ server: "*FTP" }),
      frq: "*WEEKLY",
      scdday: ["*FRI", "*MON", "*WED"],
      scdtime: "070000",
    });
    expect(entry.text).toBe("ADDJOBSCDE JOB(FTPON) CMD(STRTCPSVR SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*MON *WED *FRI) SCDTIME(070000)");
    const nested = addjobscde({
      job: "KILLCNN",
      cmd: endtcpcnn({ protocol: "*TCP", lclintneta: "10.1.1.5", lclport: 23, rmtintneta: "203.0.113.7", rmtport: 50211 }),
      frq: "*ONCE",
      scdtime: "*CURRENT",
    });
    expect(nested.text).toBe(
      "ADDJOBSCDE JOB(KILLCNN) CMD(ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('10.1.1.5') LCLPORT(23) RMTINTNETA('203.0.113.7') RMTPORT(50211)) FRQ(*ONCE) SCDDATE(*CURRENT) SCDTIME(*CURRENT)",
    );
  });

  test("refuses free-text commands, date-and-days together, bad times and hostile text", () => {
    const base = { job: "FTPOFF", cmd: endtcpsvr({ server: "*FTP" }), frq: "*WEEKLY", scdday: ["*ALL"], scdtime: "190000" };
    expect(() => addjobscde({ ...base, scddate: "*CURRENT" })).toThrow(/SCDDATE: must be \*NONE/);
    expect(() => addjobscde({ ...base, scdday: undefined, scddate: "*NONE" })).toThrow(/ADDJOBSCDE SCDDAY/);
    expect(() => addjobscde({ ...base, scdtime: "25:00" })).toThrow(/ADDJOBSCDE SCDTIME/);
    expect(() => addjobscde({ ...base, text: "it's') CMD(DLTLIB X" })).toThrow(/ADDJOBSCDE TEXT/);
    expect(() => addjobscde({ ...base, frq: "*DAILY" })).toThrow(/ADDJOBSCDE FRQ/);
    expect(() => addjobscde({ ...base, job: "FTP OFF" })).toThrow(/ADDJOBSCDE JOB/);
  });
});

describe("RMVJOBSCDE", () => {
  test("by name and *ONLY or entry number", () => {
    expect(rmvjobscde({ job: "FTPOFF", entrynbr: "*ONLY" }).text).toBe("RMVJOBSCDE JOB(FTPOFF) ENTRYNBR(*ONLY)");
    expect(rmvjobscde({ job: "FTPOFF", entrynbr: 42 }).text).toBe("RMVJOBSCDE JOB(FTPOFF) ENTRYNBR(42)");
    expect(() => rmvjobscde({ job: "FTPOFF", entrynbr: 0 })).toThrow(/RMVJOBSCDE ENTRYNBR/);
    expect(() => rmvjobscde({ job: "*ALL", entrynbr: "*ONLY" })).toThrow(/RMVJOBSCDE JOB/);
  });
});
