/**
 * The engine end to end: real PGlite in worker threads, a hand-made system, and the exact text
 * QZDFMDB2 would print for each shape of answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlEngine, type BatchContext } from "./sql-engine";
import { SAMPLE_NOW, sampleSnapshot } from "./test-support/sample-snapshot";

let engine: SqlEngine;
const context: BatchContext = { currentUser: "DASHUSR", serverName: "PROD1", now: SAMPLE_NOW };

const PROMPT = "DB2>\n";
const MORE = "  ?>\n";
const DONE = "DB20000I  THE SQL COMMAND COMPLETED SUCCESSFULLY.\n";

/** A result block around hand-written heading, dash and row lines. */
function result(lines: string[], count: number): string {
  return `\n${lines.join("\n")}\n\n${String(count).padStart(3)} RECORD(S) SELECTED.\n\n`;
}

function cliError(sqlstate: string, nativeError: number, message: string): string {
  return `\n **** CLI ERROR *****\n         SQLSTATE: ${sqlstate}\nNATIVE ERROR CODE: ${nativeError}\n${message} \n`;
}

beforeAll(async () => {
  engine = await SqlEngine.start({ workers: 2 });
  await engine.loadSystem("prod1", sampleSnapshot());
  const restricted = sampleSnapshot();
  restricted.available = restricted.available.filter((key) => key !== "QSYS2.TELNET_SERVER_ATTRIBUTES");
  restricted.denied = {
    "QSYS2.NETSTAT_JOB_INFO": {
      sqlstate: "42501",
      nativeError: -551,
      message: "Not authorized to object NETSTAT_JOB_INFO in QSYS2 type *FILE.",
    },
  };
  await engine.loadSystem("prod76", restricted);
});

afterAll(async () => {
  await engine?.close();
});

describe("result shapes", () => {
  it("prints rows with type-sized columns, one prompt per line and a final prompt", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod1",
      "SELECT LOCAL_PORT, LOCAL_PORT_NAME, TCP_STATE FROM QSYS2.NETSTAT_INFO\n WHERE TCP_STATE = 'LISTEN' ORDER BY LOCAL_PORT;\n",
      context,
    );
    expect(answer).toEqual({
      stdout:
        PROMPT +
        MORE +
        result(
          [
            "LOCAL_PORT  LOCAL_PORT_NAME  TCP_STATE  ",
            "----------- ---------------- -----------",
            "         21 FTP-CONTROL      LISTEN     ",
            "         22 SSH              LISTEN     ",
            "         23 TELNET           LISTEN     ",
            "         25 SMTP             LISTEN     ",
            "        992 TELNET-SSL       LISTEN     ",
          ],
          5,
        ) +
        PROMPT,
      stderr: "",
      exitCode: 0,
    });
  });

  it("prints an empty result with its headings; a last statement without ; runs at end of input", async () => {
    const answer = await engine.runQzdfmdb2("prod1", "SELECT SERVER FROM QUSRSYS.QATOCSTART WHERE AUTOSTART = '*MAYBE'", context);
    expect(answer.stdout).toBe(`${PROMPT}${MORE}\nSERVER    \n----------\n\n  0 RECORD(S) SELECTED.\n\n`);
    expect(answer.exitCode).toBe(0);
  });

  it("reads one member through a QTEMP alias and drops it, all in one job", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod1",
      [
        "CREATE OR REPLACE ALIAS QTEMP.SMTP_ACCEPT FOR QUSRSYS.QATMADRLST (ACCEPTRLY);",
        "SELECT * FROM QTEMP.SMTP_ACCEPT;",
        "DROP ALIAS QTEMP.SMTP_ACCEPT;",
      ].join("\n"),
      context,
    );
    expect(answer.stdout).toBe(
      PROMPT +
        DONE +
        PROMPT +
        result(
          [
            "INTNETADR       SUBNETMASK      HOSTNAME" + " ".repeat(56),
            "--------------- --------------- " + "-".repeat(64),
            "127.0.0.1       255.255.255.255 " + " ".repeat(64),
            "10.1.1.0        255.255.255.0   " + " ".repeat(64),
          ],
          2,
        ) +
        PROMPT +
        DONE +
        PROMPT,
    );
    expect(answer.exitCode).toBe(0);
  });

  it("forgets QTEMP when the job ends", async () => {
    await engine.runQzdfmdb2("prod1", "CREATE ALIAS QTEMP.LEFTOVER FOR QUSRSYS.QATMADRLST (REJECTCNN);", context);
    const answer = await engine.runQzdfmdb2("prod1", "SELECT * FROM QTEMP.LEFTOVER;", context);
    expect(answer.stdout).toBe(PROMPT + cliError("42704", -204, "LEFTOVER in QTEMP type *FILE not found.") + PROMPT);
    expect(answer.exitCode).toBe(4);
  });

  it("prints CLI errors for an unknown object, a syntax error and an unknown column, and carries on", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod1",
      [
        "SELECT * FROM QSYS2.NO_SUCH_VIEW;",
        "SELEC * FROM QSYS2.NETSTAT_INFO;",
        "SELECT NO_SUCH_COLUMN FROM QSYS2.NETSTAT_INFO;",
        "SELECT COUNT(*) AS LISTENERS FROM QSYS2.NETSTAT_INFO WHERE TCP_STATE = 'LISTEN';",
      ].join("\n"),
      context,
    );
    expect(answer.stdout).toBe(
      PROMPT +
        cliError("42704", -204, "NO_SUCH_VIEW in QSYS2 type *FILE not found.") +
        PROMPT +
        cliError("42601", -104, "Token SELEC was not valid.") +
        PROMPT +
        cliError("42703", -206, "Column or global variable NO_SUCH_COLUMN not found.") +
        PROMPT +
        result(["LISTENERS  ", "-----------", "          5"], 1) +
        PROMPT,
    );
    expect(answer.exitCode).toBe(4);
  });

  it("answers a denied object with the snapshot's error and a missing service with 42704", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod76",
      "SELECT JOB_NAME FROM QSYS2.NETSTAT_JOB_INFO;\nSELECT ALLOW_TRANSPORT_LAYER_SECURITY FROM QSYS2.TELNET_SERVER_ATTRIBUTES;\n",
      context,
    );
    expect(answer.stdout).toBe(
      PROMPT +
        cliError("42501", -551, "Not authorized to object NETSTAT_JOB_INFO in QSYS2 type *FILE.") +
        PROMPT +
        cliError("42704", -204, "TELNET_SERVER_ATTRIBUTES in QSYS2 type *FILE not found.") +
        PROMPT,
    );
  });

  it("prints a data error met while fetching after the rows fetched before it", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod1",
      "SELECT LOCAL_PORT, 100 / (LOCAL_PORT - 23) AS R FROM QSYS2.NETSTAT_INFO WHERE TCP_STATE = 'LISTEN';",
      context,
    );
    expect(answer.stdout).toBe(
      PROMPT +
        "\nLOCAL_PORT  R          \n----------- -----------\n         21         -50\n         22        -100\n" +
        cliError("22012", -802, "Data conversion or data mapping error.") +
        "\n  2 RECORD(S) SELECTED.\n\n" +
        PROMPT,
    );
    expect(answer.exitCode).toBe(4);
  });

  it("resolves an unqualified table in the user's schema, as SQL naming does", async () => {
    const answer = await engine.runQzdfmdb2("prod1", "SELECT * FROM NETSTAT_INFO;", context);
    expect(answer.stdout).toBe(PROMPT + cliError("42704", -204, "NETSTAT_INFO in DASHUSR type *FILE not found.") + PROMPT);
  });

  it("never lets a job change the system's objects", async () => {
    const answer = await engine.runQzdfmdb2("prod1", "DELETE FROM QSYS2.USER_INFO;", context);
    expect(answer.stdout).toBe(PROMPT + cliError("42501", -551, "Not authorized to object USER_INFO in QSYS2 type *FILE.") + PROMPT);
  });
});

describe("table functions", () => {
  it("applies SUBSYSTEM_LIST_FILTER and a generic JOB_NAME_FILTER; CLIENT_IP_ADDRESS stays NULL without DETAILED_INFO", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod1",
      "SELECT JOB_NAME, SUBSYSTEM, FUNCTION, JOB_STATUS, SERVER_TYPE, CLIENT_IP_ADDRESS FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTFTP*')) X ORDER BY JOB_NAME;",
      context,
    );
    expect(answer.stdout).toBe(
      PROMPT +
        result(
          [
            "JOB_NAME                     SUBSYSTEM  FUNCTION   JOB_STATUS  SERVER_TYPE                    CLIENT_IP_ADDRESS" +
              " ".repeat(28),
            "---------------------------- ---------- ---------- ----------- ------------------------------ " + "-".repeat(45),
            "123450/QTCP/QTFTP01234       QSYSWRK    QTMFFTPD   TIMW        QIBM_FTP_SERVER                -" + " ".repeat(44),
            "123451/QTCP/QTFTP01235       QSYSWRK    QTMFFTPD   TIMW        QIBM_FTP_SERVER                -" + " ".repeat(44),
          ],
          2,
        ) +
        PROMPT,
    );
  });

  it("returns CLIENT_IP_ADDRESS with DETAILED_INFO => 'ALL' and rejects an unknown level", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod1",
      [
        "SELECT JOB_NAME_SHORT, CLIENT_IP_ADDRESS FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QINTER', DETAILED_INFO => 'ALL')) X ORDER BY 1;",
        "SELECT COUNT(*) AS N FROM TABLE(QSYS2.ACTIVE_JOB_INFO(DETAILED_INFO => 'MOST')) X;",
      ].join("\n"),
      context,
    );
    expect(answer.stdout).toBe(
      PROMPT +
        result(
          [
            "JOB_NAME_SHORT  CLIENT_IP_ADDRESS" + " ".repeat(28),
            "--------------- " + "-".repeat(45),
            "QPADEV0001      203.0.113.7" + " ".repeat(34),
            "QPADEV0002      10.1.1.50" + " ".repeat(36),
          ],
          2,
        ) +
        PROMPT +
        cliError("42815", -171, "Argument 05 of function ACTIVE_JOB_INFO not valid.") +
        PROMPT,
    );
  });

  it("reads an IFS file line by line", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod1",
      "SELECT LINE_NUMBER, LINE FROM TABLE(QSYS2.IFS_READ(PATH_NAME => '/QOpenSys/QIBM/UserData/SC1/OpenSSH/etc/sshd_config')) X WHERE LINE LIKE 'Permit%' OR LINE LIKE 'Allow%';",
      context,
    );
    expect(answer.stdout).toBe(
      PROMPT +
        result(
          [
            "LINE_NUMBER  LINE" + " ".repeat(1020),
            "------------ " + "-".repeat(1024),
            "           3 PermitRootLogin no" + " ".repeat(1006),
            "           5 AllowGroups sshusers" + " ".repeat(1004),
          ],
          2,
        ) +
        PROMPT,
    );
  });
});

describe("values", () => {
  it("prints NULLs as -, decimals with all their scale digits, and double-byte text in EBCDIC widths", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod1",
      [
        "SELECT OUTPUT_QUEUE_NAME, NUMBER_OF_FILES, TEXT_DESCRIPTION, WRITER_JOB_NAME FROM QSYS2.OUTPUT_QUEUE_INFO ORDER BY OUTPUT_QUEUE_NAME;",
        "SELECT JOB_NAME_SHORT, ELAPSED_CPU_PERCENTAGE, ELAPSED_TIME FROM TABLE(QSYS2.ACTIVE_JOB_INFO(JOB_NAME_FILTER => 'QTSMTPSRVR')) X;",
      ].join("\n"),
      context,
    );
    expect(answer.stdout).toBe(
      PROMPT +
        result(
          [
            "OUTPUT_QUEUE_NAME  NUMBER_OF_FILES  TEXT_DESCRIPTION" + " ".repeat(34) + " WRITER_JOB_NAME             ",
            "------------------ ---------------- " + "-".repeat(50) + " ----------------------------",
            // 給与明細 is 4 double-byte characters: 8 bytes plus shift-out/shift-in = 10, then " HR".
            "HRREPORTS                         0 給与明細 HR" + " ".repeat(37) + " -                           ",
            "PAYROLL                          42 Payroll cheques" + " ".repeat(35) + " -                           ",
            "QPRINT                            7 Default printer" + " ".repeat(35) + " -                           ",
          ],
          3,
        ) +
        PROMPT +
        result(
          [
            "JOB_NAME_SHORT  ELAPSED_CPU_PERCENTAGE  ELAPSED_TIME          ",
            "--------------- ----------------------- ----------------------",
            "QTSMTPSRVR              0.10            " + " ".repeat(21) + "-",
          ],
          1,
        ) +
        PROMPT,
    );
  });

  it("prints timestamps, dates and times in Db2's forms and evaluates labeled durations", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod1",
      [
        "SELECT AUTHORIZATION_NAME, PREVIOUS_SIGNON FROM QSYS2.USER_INFO WHERE PREVIOUS_SIGNON < CURRENT TIMESTAMP - 30 DAYS ORDER BY PREVIOUS_SIGNON;",
        "SELECT SCHEDULED_JOB_NAME, SCHEDULED_TIME, NEXT_SUBMISSION_DATE FROM QSYS2.SCHEDULED_JOB_INFO;",
        "VALUES CURRENT TIMESTAMP;",
      ].join("\n"),
      context,
    );
    expect(answer.stdout).toBe(
      PROMPT +
        result(
          [
            "AUTHORIZATION_NAME  PREVIOUS_SIGNON           ",
            "------------------- --------------------------",
            "ANONFTP             2026-06-01-00.00.00.000000",
            "SPOOLADM            2026-07-01-12.00.00.000000",
          ],
          2,
        ) +
        PROMPT +
        result(
          [
            "SCHEDULED_JOB_NAME  SCHEDULED_TIME  NEXT_SUBMISSION_DATE ",
            "------------------- --------------- ---------------------",
            "FTPOFF              19.00.00        2026-11-22           ",
          ],
          1,
        ) +
        PROMPT +
        result(["00001                     ", "--------------------------", "2026-11-22-10.15.00.000000"], 1) +
        PROMPT,
    );
  });
});

describe("jobs", () => {
  it("runs CL through CALL QSYS2.QCMDEXC, and later statements see what the command changed", async () => {
    await engine.loadSystem("cl-system", sampleSnapshot());
    const commands: string[] = [];
    const answer = await engine.runQzdfmdb2(
      "cl-system",
      [
        "SELECT SERVER, AUTOSTART FROM QUSRSYS.QATOCSTART WHERE SERVER = '*FTP';",
        "CALL QSYS2.QCMDEXC('CHGFTPA AUTOSTART(*NO)');",
        "SELECT SERVER, AUTOSTART FROM QUSRSYS.QATOCSTART WHERE SERVER = '*FTP';",
        "CALL QSYS2.QCMDEXC('CHGFTPA AUTOSTART(*MAYBE)');",
      ].join("\n"),
      {
        ...context,
        runCl: async (command) => {
          commands.push(command);
          if (command.includes("*MAYBE")) {
            return { success: false, messages: [{ id: "CPD0084", text: "*MAYBE not valid for parameter AUTOSTART." }] };
          }
          const changed = sampleSnapshot();
          changed.tables["QUSRSYS.QATOCSTART"] = [{ SERVER: "*FTP", SERVERTYPE: "*TCP", AUTOSTART: "*NO", EXTSTRCMD: null }];
          await engine.loadSystem("cl-system", changed);
          return { success: true, messages: [] };
        },
      },
    );
    const ftpRow = (autostart: string) =>
      result(["SERVER     AUTOSTART ", "---------- ----------", `*FTP       ${autostart.padEnd(10)}`], 1);
    expect(commands).toEqual(["CHGFTPA AUTOSTART(*NO)", "CHGFTPA AUTOSTART(*MAYBE)"]);
    expect(answer.stdout).toBe(
      PROMPT +
        ftpRow("*YES") +
        PROMPT +
        DONE +
        PROMPT +
        ftpRow("*NO") +
        PROMPT +
        cliError("38501", -443, "*MAYBE not valid for parameter AUTOSTART.") +
        PROMPT,
    );
    expect(answer.exitCode).toBe(4);
  });

  it("sees objects disappear when a CL command reloads the system with fewer services", async () => {
    await engine.loadSystem("ptf-system", sampleSnapshot());
    const answer = await engine.runQzdfmdb2(
      "ptf-system",
      "CALL QSYS2.QCMDEXC('RMVPTF LICPGM(5770SS1)');\nSELECT AUTOSTART_SERVER FROM QSYS2.TELNET_SERVER_ATTRIBUTES;\n",
      {
        ...context,
        runCl: async () => {
          const older = sampleSnapshot();
          older.available = older.available.filter((key) => key !== "QSYS2.TELNET_SERVER_ATTRIBUTES");
          await engine.loadSystem("ptf-system", older);
          return { success: true, messages: [] };
        },
      },
    );
    expect(answer.stdout).toBe(
      PROMPT + DONE + PROMPT + cliError("42704", -204, "TELNET_SERVER_ATTRIBUTES in QSYS2 type *FILE not found.") + PROMPT,
    );
  });

  it("answers QCMDEXC as a missing routine when the caller cannot run CL", async () => {
    const answer = await engine.runQzdfmdb2("prod1", "CALL QSYS2.QCMDEXC('ENDTCPSVR SERVER(*FTP)');", context);
    expect(answer.stdout).toBe(
      PROMPT + cliError("42884", -440, "Routine QCMDEXC in QSYS2 not found with specified parameters.") + PROMPT,
    );
  });

  it("keeps QTEMP tables for the rest of the job", async () => {
    const answer = await engine.runQzdfmdb2(
      "prod1",
      [
        "CREATE TABLE QTEMP.OPEN_PORTS AS (SELECT LOCAL_PORT FROM QSYS2.NETSTAT_INFO WHERE TCP_STATE = 'LISTEN') WITH DATA;",
        "SELECT COUNT(*) AS PORTS, MAX(LOCAL_PORT) AS HIGHEST FROM QTEMP.OPEN_PORTS;",
      ].join("\n"),
      context,
    );
    expect(answer.stdout).toBe(
      PROMPT +
        DONE +
        PROMPT +
        result(["PORTS       HIGHEST    ", "----------- -----------", "          5         992"], 1) +
        PROMPT,
    );
  });

  it("rejects a job for a system that was never loaded, and forgets a dropped one", async () => {
    await expect(engine.runQzdfmdb2("nowhere", "VALUES 1;", context)).rejects.toThrow("System nowhere is not loaded");
    await engine.loadSystem("short-lived", sampleSnapshot());
    await engine.dropSystem("short-lived");
    await expect(engine.runQzdfmdb2("short-lived", "VALUES 1;", context)).rejects.toThrow("is not loaded");
  });

  it("refuses a snapshot with a column the catalog does not know, and keeps the previous data", async () => {
    const broken = sampleSnapshot();
    broken.tables["QSYS2.NETSTAT_INFO"] = [{ LOCAL_PORTT: 21 }];
    await expect(engine.loadSystem("prod1", broken)).rejects.toThrow("Unknown column LOCAL_PORTT in QSYS2.NETSTAT_INFO");
    const answer = await engine.runQzdfmdb2("prod1", "SELECT COUNT(*) AS N FROM QSYS2.NETSTAT_INFO;", context);
    expect(answer.stdout).toContain("         10\n");
  });
});
