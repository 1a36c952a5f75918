/**
 * Deterministic pseudo-randomness: the same seed text always yields the same sequence, so fleets,
 * variations and connection churn are reproducible across runs and restarts.
 */

/** 32-bit FNV-1a hash of a string. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast generator of floats in [0, 1). */
export function randomSequence(seedText: string): () => number {
  let seed = hashText(seedText);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], random: number): T {
  if (items.length === 0) throw new RangeError("pick from an empty list");
  return items[Math.min(items.length - 1, Math.floor(random * items.length))]!;
}
