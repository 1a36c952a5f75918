import { describe, expect, it } from "vitest";
import { Db2SyntaxError, rewriteDb2Statement, type RewriteContext } from "./db2-rewriter";

const context: RewriteContext = {
  pgSchemaOf: (library) =>
    ["QSYS2", "QUSRSYS", "SYSIBM", "SYSIBMADM"].includes(library)
      ? `s1_${library.toLowerCase()}`
      : library === "QTEMP"
        ? "qtemp_9"
        : null,
  tableFunctionLibrary: (name) => (name === "ACTIVE_JOB_INFO" ? "QSYS2" : undefined),
  currentUser: "DASHUSR",
  currentSchema: "DASHUSR",
  serverName: "PROD1",
  now: new Date("2026-11-22T10:15:00.123Z"),
};

function sqlOf(statement: string): string {
  const command = rewriteDb2Statement(statement, context);
  if (command.kind !== "sql") throw new Error(`expected SQL, got ${command.kind}`);
  return command.sql;
}

describe("rewriteDb2Statement: names and libraries", () => {
  it("maps qualified libraries to the system's schemas and keeps correlation names", () => {
    const command = rewriteDb2Statement(
      "SELECT n.LOCAL_PORT FROM QSYS2.NETSTAT_INFO n WHERE n.TCP_STATE = 'LISTEN'",
      context,
    );
    expect(command).toEqual({
      kind: "sql",
      sql: "SELECT n . LOCAL_PORT FROM s1_qsys2 . NETSTAT_INFO n WHERE n . TCP_STATE = 'LISTEN'",
      references: [
        { library: "N", name: "LOCAL_PORT" },
        { library: "QSYS2", name: "NETSTAT_INFO" },
        { library: "N", name: "TCP_STATE" },
      ],
    });
  });

  it("leaves unknown libraries alone so that PostgreSQL reports them missing", () => {
    expect(sqlOf("SELECT * FROM MYLIB.ORDERS")).toBe("SELECT * FROM MYLIB . ORDERS");
  });

  it("maps QTEMP to the job's schema", () => {
    expect(sqlOf("SELECT * FROM QTEMP.SMTP_ACCEPT")).toBe("SELECT * FROM qtemp_9 . SMTP_ACCEPT");
  });

  it("lower-cases delimited upper-case names and quotes names with # or @", () => {
    expect(sqlOf('SELECT "LOCAL_PORT" AS "Port", A#B FROM QSYS2."NETSTAT_INFO"')).toBe(
      'SELECT local_port AS "Port" , "a#b" FROM s1_qsys2 . netstat_info',
    );
  });
});

describe("rewriteDb2Statement: Db2 syntax", () => {
  it("unwraps TABLE() around a table function and keeps its named arguments", () => {
    expect(
      sqlOf("SELECT JOB_NAME FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTFTP*')) X"),
    ).toBe("SELECT JOB_NAME FROM s1_qsys2 . ACTIVE_JOB_INFO ( SUBSYSTEM_LIST_FILTER => 'QSYSWRK' , JOB_NAME_FILTER => 'QTFTP*' ) X");
  });

  it("qualifies a table function called without its library", () => {
    expect(sqlOf("SELECT * FROM TABLE(ACTIVE_JOB_INFO()) A")).toBe("SELECT * FROM s1_qsys2 . ACTIVE_JOB_INFO ( ) A");
  });

  it("turns infix CONCAT into || and the CONCAT function into the NULL-propagating one", () => {
    expect(sqlOf("SELECT A CONCAT ':' CONCAT B AS X, CONCAT(A, B) AS Y FROM T")).toBe(
      "SELECT A || ':' || B AS X , db2_concat ( A , B ) AS Y FROM T",
    );
  });

  it("replaces special registers with typed values of the job", () => {
    expect(sqlOf("VALUES CURRENT TIMESTAMP")).toBe(
      `SELECT * FROM ( VALUES ( CAST ( '2026-11-22 10:15:00.123000' AS timestamp ( 6 ) ) ) ) AS db2_values ( "00001" )`,
    );
    expect(sqlOf("SELECT USER AS U, CURRENT SERVER AS S, CURRENT_DATE AS D FROM SYSIBM.SYSDUMMY1")).toBe(
      "SELECT CAST ( 'DASHUSR' AS varchar ( 18 ) ) AS U , CAST ( 'PROD1' AS varchar ( 18 ) ) AS S , " +
        "CAST ( '2026-11-22' AS date ) AS D FROM s1_sysibm . SYSDUMMY1",
    );
  });

  it("turns labeled durations into intervals, after literals, columns and parenthesised operands", () => {
    expect(sqlOf("SELECT A FROM T WHERE TS < CURRENT TIMESTAMP - 90 DAYS AND D > T.X + (N + 1) MONTHS")).toBe(
      "SELECT A FROM T WHERE TS < CAST ( '2026-11-22 10:15:00.123000' AS timestamp ( 6 ) ) - 90 * INTERVAL '1 day' " +
        "AND D > T . X + ( N + 1 ) * INTERVAL '1 month'",
    );
  });

  it("keeps DAY() as a function", () => {
    expect(sqlOf("SELECT DAY(TS) AS D FROM T")).toBe("SELECT DAY ( TS ) AS D FROM T");
  });

  it("rewrites LISTAGG … WITHIN GROUP to string_agg typed VARCHAR(4000)", () => {
    expect(sqlOf("SELECT LISTAGG(USER_PROFILE_NAME, ', ') WITHIN GROUP (ORDER BY USER_PROFILE_NAME) AS MEMBERS FROM T")).toBe(
      "SELECT CAST ( string_agg ( CAST ( USER_PROFILE_NAME AS text ) , ', ' ORDER BY USER_PROFILE_NAME ) AS varchar ( 4000 ) ) AS MEMBERS FROM T",
    );
  });

  it("makes COUNT an INTEGER, window form included", () => {
    expect(sqlOf("SELECT COUNT(*) AS N, COUNT(*) OVER (PARTITION BY A) AS M FROM T")).toBe(
      "SELECT CAST ( count ( * ) AS integer ) AS N , CAST ( count ( * ) OVER ( PARTITION BY A ) AS integer ) AS M FROM T",
    );
  });

  it("turns cast functions into CAST and renames CHAR()/VARCHAR() only where they are functions", () => {
    expect(sqlOf("SELECT DECIMAL(A, 5, 2) AS D, INTEGER(B) AS I, CHAR(C) AS C, CAST(E AS CHAR(10)) AS E FROM T")).toBe(
      "SELECT CAST ( A AS numeric ( 5 , 2 ) ) AS D , CAST ( B AS integer ) AS I , db2_char ( C ) AS C , " +
        "CAST ( E AS CHAR ( 10 ) ) AS E FROM T",
    );
    expect(sqlOf("CREATE TABLE QTEMP.T (A CHAR(10), B DECIMAL(5, 2))")).toBe(
      "CREATE TABLE qtemp_9 . T ( A CHAR ( 10 ) , B DECIMAL ( 5 , 2 ) )",
    );
  });

  it("maps VALUE/IFNULL to COALESCE and drops isolation clauses", () => {
    expect(sqlOf("SELECT VALUE(A, 'x') AS V, IFNULL(B, 0) AS W FROM T WITH UR")).toBe(
      "SELECT COALESCE ( A , 'x' ) AS V , COALESCE ( B , 0 ) AS W FROM T",
    );
    expect(sqlOf("SELECT A FROM T FOR READ ONLY")).toBe("SELECT A FROM T");
  });

  it("keeps FETCH FIRST, OFFSET … FETCH NEXT and CTEs as they are", () => {
    expect(sqlOf("WITH X AS (SELECT A FROM T) SELECT A FROM X ORDER BY A OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY")).toBe(
      "WITH X AS ( SELECT A FROM T ) SELECT A FROM X ORDER BY A OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY",
    );
  });
});

describe("rewriteDb2Statement: ordinal names of unnamed result columns", () => {
  it("names expressions by their position and leaves columns, aliases and * alone", () => {
    expect(sqlOf("SELECT JOB_NAME, COUNT(*), T.*, UPPER(A) B, 'x', A || B FROM T")).toBe(
      `SELECT JOB_NAME , CAST ( count ( * ) AS integer ) AS "00002" , T . * , UPPER ( A ) B , 'x' AS "00005" , A || B AS "00006" FROM T`,
    );
  });

  it("does not take the operand after an infix CONCAT for an alias", () => {
    expect(sqlOf("SELECT A CONCAT B FROM T")).toBe(`SELECT A || B AS "00001" FROM T`);
  });

  it("treats CASE … END and special registers as expressions", () => {
    expect(sqlOf("SELECT CASE WHEN A = 1 THEN 'Y' END, USER FROM T")).toBe(
      `SELECT CASE WHEN A = 1 THEN 'Y' END AS "00001" , CAST ( 'DASHUSR' AS varchar ( 18 ) ) AS "00002" FROM T`,
    );
  });

  it("names only the statement's own select list, after common table expressions", () => {
    expect(sqlOf("WITH C (N) AS (SELECT COUNT(*) FROM T) SELECT N + 1 FROM C")).toBe(
      `WITH C ( N ) AS ( SELECT CAST ( count ( * ) AS integer ) FROM T ) SELECT N + 1 AS "00001" FROM C`,
    );
  });

  it("names the columns of a VALUES statement", () => {
    expect(sqlOf("VALUES (1, 'a'), (2, 'b')")).toBe(
      `SELECT * FROM ( VALUES ( 1 , 'a' ) , ( 2 , 'b' ) ) AS db2_values ( "00001" , "00002" )`,
    );
  });
});

describe("rewriteDb2Statement: job statements", () => {
  it("parses CREATE OR REPLACE ALIAS over a member", () => {
    expect(rewriteDb2Statement("CREATE OR REPLACE ALIAS QTEMP.SMTP_ACCEPT FOR QUSRSYS.QATMADRLST (ACCEPTRLY)", context)).toEqual({
      kind: "create-alias",
      alias: { library: "QTEMP", name: "SMTP_ACCEPT" },
      target: { library: "QUSRSYS", name: "QATMADRLST" },
      member: "ACCEPTRLY",
      replace: true,
    });
  });

  it("parses CREATE ALIAS with *LAST and an unqualified alias in the current schema", () => {
    expect(rewriteDb2Statement("create alias x for qusrsys.qatmadrlst (*last)", context)).toEqual({
      kind: "create-alias",
      alias: { library: "DASHUSR", name: "X" },
      target: { library: "QUSRSYS", name: "QATMADRLST" },
      member: "*LAST",
      replace: false,
    });
  });

  it("parses DROP ALIAS", () => {
    expect(rewriteDb2Statement("DROP ALIAS QTEMP.SMTP_ACCEPT", context)).toEqual({
      kind: "drop-alias",
      alias: { library: "QTEMP", name: "SMTP_ACCEPT" },
    });
  });

  it("takes the command out of CALL QSYS2.QCMDEXC, undoubling quotes", () => {
    expect(rewriteDb2Statement("CALL QSYS2.QCMDEXC('CHGOUTQ OUTQ(PAY/Q1) TEXT(''Pay'')')", context)).toEqual({
      kind: "call-qcmdexc",
      command: "CHGOUTQ OUTQ(PAY/Q1) TEXT('Pay')",
    });
    expect(rewriteDb2Statement("CALL QCMDEXC('ENDTCPSVR SERVER(*FTP)', 0000000023.00000)", context)).toEqual({
      kind: "call-qcmdexc",
      command: "ENDTCPSVR SERVER(*FTP)",
    });
  });

  it("parses SET SCHEMA and accepts SET PATH", () => {
    expect(rewriteDb2Statement("SET CURRENT SCHEMA = QSYS2", context)).toEqual({ kind: "set-schema", schema: "QSYS2" });
    expect(rewriteDb2Statement("SET PATH = QSYS2, SYSTOOLS", context)).toEqual({ kind: "no-op" });
  });
});

describe("rewriteDb2Statement: what Db2 rejects", () => {
  it.each([
    ["SELECT A::INT FROM T", "::"],
    ["SELECT A FROM T WHERE B ILIKE 'x'", "ILIKE"],
    ["BEGIN", "BEGIN"],
    ["SHOW search_path", "SHOW"],
    ["SET ROLE postgres", "ROLE"],
    ["SELECT LISTAGG(A FROM T", "<END-OF-STATEMENT>"],
    ["CREATE ALIAS QTEMP.X QUSRSYS.QATMADRLST", "QUSRSYS"],
  ])("%s", (statement, token) => {
    expect(() => rewriteDb2Statement(statement, context)).toThrow(new Db2SyntaxError(token));
  });
});
