import { describe, expect, test } from "vitest";
import {
  AuthError,
  ClCommandError,
  ConnectError,
  Db2PromptOnly,
  HostKeyMismatch,
  InvalidValueError,
  NotAuthorized,
  ServiceUnavailable,
  SqlError,
  Timeout,
  toErrorInfo,
} from "./errors";

describe("toErrorInfo", () => {
  test("every layer error becomes JSON with its type, stable code, both messages and its own fields", () => {
    const errors = [
      new ConnectError("ibmi1", 22, "refused", "connect ECONNREFUSED"),
      new AuthError("ibmi1", "DASHUSR", "All configured authentication methods failed"),
      new HostKeyMismatch("ibmi1", "SHA256:aaaa", "SHA256:bbbb"),
      new Timeout("ibmi1", "command", 30_000),
      new ClCommandError("CHGFTPA ALWSSL(*ONLY)", 255, [{ id: "CPF9899", text: "Error occurred." }]),
      new SqlError("SELECT 1 FROM NOPE", "42704", -204, "NOPE not found."),
      new NotAuthorized("DASHUSR", { kind: "special-authority", authority: "*IOSYSCFG" }, "CHGUSRPRF ...", { messageId: "TCP8050", detail: "x" }),
      new ServiceUnavailable("QSYS2.TELNET_SERVER_ATTRIBUTES", "42704"),
      new Db2PromptOnly(),
      new InvalidValueError("CHGOUTQ OUTQ", "must be LIBRARY/OBJECT", "x;y"),
    ];
    const infos = errors.map(toErrorInfo);
    for (const [index, info] of infos.entries()) {
      expect(JSON.parse(JSON.stringify(info))).toEqual(info);
      expect(info.type).toBe(errors[index].name);
      expect(info.code).toMatch(/^IBMI_[A-Z0-9_]+$/);
      expect(info.userMessage.length).toBeGreaterThan(10);
    }
    expect(new Set(infos.map((info) => info.code)).size).toBe(errors.length);
    expect(infos[2]).toMatchObject({ type: "HostKeyMismatch", expected: "SHA256:aaaa", presented: "SHA256:bbbb" });
    expect(infos[4]).toMatchObject({ exitCode: 255, messages: [{ id: "CPF9899", text: "Error occurred." }] });
    expect(infos[6]).toMatchObject({ requirement: { kind: "special-authority", authority: "*IOSYSCFG" }, messageId: "TCP8050" });
  });

  test("anything else keeps its message and gets a generic userMessage", () => {
    expect(toErrorInfo(new RangeError("boom"))).toEqual({
      type: "RangeError",
      code: "UNEXPECTED",
      message: "boom",
      userMessage: "An unexpected error occurred while talking to the system.",
    });
    expect(toErrorInfo("plain string")).toMatchObject({ type: "string", message: "plain string" });
  });

  test("the CL error names the escape message, the last one", () => {
    const error = new ClCommandError("X", 255, [
      { id: "CPD0031", text: "Command NETSTAT not allowed in this setting." },
      { id: "CPF0001", text: "Error found on NETSTAT command." },
    ]);
    expect(error.messageIds).toEqual(["CPD0031", "CPF0001"]);
    expect(error.userMessage).toContain("CPF0001");
  });
});
