/**
 * Token buckets, one per key, held in this process's memory: each holds up to `perMinute` tokens and refills
 * at that rate. Buckets that have filled up again are forgotten once there are many, since a full bucket is
 * the same as none and keys such as client addresses are bounded by nothing else.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly sweepAbove = 10_000,
  ) {}

  get size(): number {
    return this.buckets.size;
  }

  private get refillPerMs(): number {
    return this.perMinute / 60_000;
  }

  private refilled(key: string, now: number): { tokens: number; at: number } {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.sweepAbove) this.sweep(now);
      this.buckets.set(key, (bucket = { tokens: this.perMinute, at: now }));
    }
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.refillPerMs);
    bucket.at = now;
    return bucket;
  }

  private secondsUntil(bucket: { tokens: number }, tokens: number): number {
    return Math.max(1, Math.ceil((tokens - bucket.tokens) / this.refillPerMs / 1000));
  }

  /**
   * Takes `count` tokens for `key` if the bucket holds them all (a count over the bucket's size needs a full
   * bucket); returns 0 when taken, else the whole seconds until they will be there.
   */
  take(key: string, count = 1): number {
    const bucket = this.refilled(key, this.now());
    const needed = Math.min(count, this.perMinute);
    if (bucket.tokens < needed) return this.secondsUntil(bucket, needed);
    bucket.tokens -= count;
    return 0;
  }

  /** Takes `count` tokens even past empty, unless the bucket is already in debt: returns 0, or the seconds until it is not. */
  charge(key: string, count: number): number {
    const bucket = this.refilled(key, this.now());
    if (bucket.tokens < 0) return this.secondsUntil(bucket, 0);
    bucket.tokens -= count;
    return 0;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.refillPerMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}
