import { Resolver } from "node:dns/promises";
import { formatIpAddress, parseIpAddress } from "@/lib/net/ip-address";

/**
 * Reverse DNS for the connections panel: names for remote addresses, looked up on the server
 * (the browser must not leak which addresses an officer looks at to arbitrary resolvers),
 * bounded by a timeout so a slow resolver never holds the panel, and cached, since the same
 * addresses come back every refresh. Failures are cached too, for a shorter time.
 */
export type ReverseLookup = (address: string) => Promise<string[]>;

export interface ReverseDnsOptions {
  timeoutMs: number;
  /** How long a found name is kept. */
  ttlMs?: number;
  /** How long "no name" (NXDOMAIN, timeout, error) is kept. */
  negativeTtlMs?: number;
  maxEntries?: number;
  /** The resolver; node's DNS resolver by default. */
  lookup?: ReverseLookup;
  now?: () => number;
}

interface Entry {
  name: string | null;
  expiresAt: number;
}

function systemLookup(timeoutMs: number): ReverseLookup {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  return (address) => resolver.reverse(address);
}

export class ReverseDnsCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<string | null>>();
  private readonly lookup: ReverseLookup;
  private readonly now: () => number;

  constructor(private readonly options: ReverseDnsOptions) {
    this.lookup = options.lookup ?? systemLookup(options.timeoutMs);
    this.now = options.now ?? Date.now;
  }

  /** The first PTR name of `address`, or null (no name, not an address, slow or failing resolver). */
  async nameOf(address: string): Promise<string | null> {
    const parsed = parseIpAddress(address);
    if (parsed === null) return null;
    const key = formatIpAddress(parsed);
    const cached = this.entries.get(key);
    if (cached !== undefined && cached.expiresAt > this.now()) return cached.name;
    const running = this.inFlight.get(key);
    if (running !== undefined) return running;
    const lookup = this.resolve(key).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, lookup);
    return lookup;
  }

  async namesOf(addresses: readonly string[]): Promise<Map<string, string | null>> {
    const unique = [...new Set(addresses)];
    const names = await Promise.all(unique.map((address) => this.nameOf(address)));
    return new Map(unique.map((address, index) => [address, names[index] ?? null]));
  }

  private async resolve(key: string): Promise<string | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.options.timeoutMs);
      timer.unref();
    });
    const answer = this.lookup(key).then(
      (names) => names[0]?.replace(/\.$/, "") || null,
      () => null,
    );
    const name = await Promise.race([answer, timeout]);
    clearTimeout(timer);
    this.remember(key, name);
    return name;
  }

  private remember(key: string, name: string | null): void {
    const ttl = name === null ? (this.options.negativeTtlMs ?? 5 * 60_000) : (this.options.ttlMs ?? 60 * 60_000);
    this.entries.delete(key);
    this.entries.set(key, { name, expiresAt: this.now() + ttl });
    const max = this.options.maxEntries ?? 5_000;
    // Maps iterate in insertion order: the first keys are the oldest answers.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= max) break;
      this.entries.delete(oldest);
    }
  }
}
