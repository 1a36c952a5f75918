import { describe, expect, it } from "vitest";
import { describePort, serviceForPort } from "@/lib/net/well-known-ports";

describe("well-known IBM i ports", () => {
  it("names the classic servers", () => {
    expect(serviceForPort(21)?.name).toBe("ftp");
    expect(serviceForPort(23)?.name).toBe("telnet");
    expect(serviceForPort(992)?.name).toBe("telnet-ssl");
    expect(serviceForPort(446)?.name).toBe("drda");
    expect(serviceForPort(449)?.name).toBe("as-svrmap");
    expect(serviceForPort(69, "udp")?.name).toBe("tftp");
    expect(serviceForPort(69, "tcp")).toBeNull();
  });

  it("pairs each host server with its TLS twin", () => {
    const names = [8470, 8471, 8472, 8473, 8474, 8475, 8476].map((port) => serviceForPort(port)?.name);
    expect(names).toEqual(["as-central", "as-database", "as-dtaq", "as-file", "as-netprt", "as-rmtcmd", "as-signon"]);
    expect(serviceForPort(8476)?.tlsPort).toBe(9476);
    expect(serviceForPort(9476)?.name).toBe("as-signon-s");
    expect(serviceForPort(9476)?.cleartext).toBe(false);
    expect(serviceForPort(8471)?.cleartext).toBe(true);
  });

  it("describes unknown ports by number only", () => {
    expect(describePort(23)).toBe("23 (telnet)");
    expect(describePort(5050)).toBe("5050");
  });
});
