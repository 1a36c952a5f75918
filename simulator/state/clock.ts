/**
 * The simulator's notion of "now". It follows real time (so the demo's connections come and go)
 * from an offset that tests and the control API can move forward; `frozen` stops it between
 * advances so that tests see exact idle times and schedule boundaries.
 */
export class SimClock {
  private offsetMs: number;
  private frozenAt: number | null;

  constructor(options: { start?: Date; frozen?: boolean } = {}) {
    const start = options.start?.getTime() ?? Date.now();
    this.offsetMs = start - Date.now();
    this.frozenAt = options.frozen ? start : null;
  }

  now(): Date {
    return new Date(this.frozenAt ?? Date.now() + this.offsetMs);
  }

  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError("The clock only moves forward");
    if (this.frozenAt !== null) this.frozenAt += ms;
    else this.offsetMs += ms;
    return this.now();
  }
}
