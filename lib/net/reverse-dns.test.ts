import { describe, expect, it } from "vitest";
import { ReverseDnsCache, type ReverseLookup } from "@/lib/net/reverse-dns";

function recordingLookup(answers: Record<string, string[] | Error | "hang">) {
  const calls: string[] = [];
  const lookup: ReverseLookup = (address) => {
    calls.push(address);
    const answer = answers[address];
    if (answer === "hang") return new Promise(() => undefined);
    if (answer instanceof Error || answer === undefined) return Promise.reject(answer ?? new Error("ENOTFOUND"));
    return Promise.resolve(answer);
  };
  return { lookup, calls };
}

describe("ReverseDnsCache", () => {
  it("returns the first PTR name without its trailing dot, and caches it", async () => {
    const { lookup, calls } = recordingLookup({ "8.8.8.8": ["dns.google.", "other.example."] });
    const cache = new ReverseDnsCache({ timeoutMs: 100, lookup });
    expect(await cache.nameOf("8.8.8.8")).toBe("dns.google");
    expect(await cache.nameOf("8.8.8.8")).toBe("dns.google");
    expect(calls).toEqual(["8.8.8.8"]);
  });

  it("gives null for unknown addresses, resolver errors and non-addresses", async () => {
    const { lookup, calls } = recordingLookup({ "192.0.2.1": new Error("ENOTFOUND") });
    const cache = new ReverseDnsCache({ timeoutMs: 100, lookup });
    expect(await cache.nameOf("192.0.2.1")).toBeNull();
    expect(await cache.nameOf("not an address; rm -rf /")).toBeNull();
    expect(calls).toEqual(["192.0.2.1"]);
  });

  it("gives up after the timeout instead of waiting for a hung resolver", async () => {
    const { lookup } = recordingLookup({ "198.51.100.1": "hang" });
    const cache = new ReverseDnsCache({ timeoutMs: 20, lookup });
    expect(await cache.nameOf("198.51.100.1")).toBeNull();
  });

  it("asks again once an answer has expired, negative answers sooner", async () => {
    let clock = 0;
    const { lookup, calls } = recordingLookup({ "8.8.4.4": ["dns.google."], "192.0.2.9": new Error("ENOTFOUND") });
    const cache = new ReverseDnsCache({ timeoutMs: 100, lookup, ttlMs: 1_000, negativeTtlMs: 100, now: () => clock });
    await cache.namesOf(["8.8.4.4", "192.0.2.9"]);
    clock = 500;
    await cache.namesOf(["8.8.4.4", "192.0.2.9"]);
    expect(calls).toEqual(["8.8.4.4", "192.0.2.9", "192.0.2.9"]);
    clock = 2_000;
    await cache.nameOf("8.8.4.4");
    expect(calls.filter((address) => address === "8.8.4.4")).toHaveLength(2);
  });

  it("shares one lookup between concurrent callers and folds IPv4-mapped spellings", async () => {
    const { lookup, calls } = recordingLookup({ "203.0.113.7": ["host.example."] });
    const cache = new ReverseDnsCache({ timeoutMs: 100, lookup });
    const names = await cache.namesOf(["203.0.113.7", "::ffff:203.0.113.7", "203.0.113.7"]);
    expect(names.get("::ffff:203.0.113.7")).toBe("host.example");
    expect(calls).toEqual(["203.0.113.7"]);
  });

  it("forgets the oldest answers beyond its size", async () => {
    const { lookup, calls } = recordingLookup({ "10.0.0.1": ["a."], "10.0.0.2": ["b."], "10.0.0.3": ["c."] });
    const cache = new ReverseDnsCache({ timeoutMs: 100, lookup, maxEntries: 2 });
    await cache.namesOf(["10.0.0.1", "10.0.0.2", "10.0.0.3"]);
    await cache.nameOf("10.0.0.1");
    expect(calls).toEqual(["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.1"]);
  });
});
