/**
 * Mutations per minute per API key, as a token bucket held in this
 * process's memory: each replica counts its own, so N replicas allow up to
 * N times the rate (README, Scaling). Reads are not limited here.
 */
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `key`; returns 0 when allowed, else the seconds until one is free. */
  take(key: string): number {
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
  }
}

export function mutationRateLimitPlugin(perMinute: number): ApolloServerPlugin<Context> {
  const buckets = new TokenBuckets(perMinute);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation !== 'mutation' || !contextValue.auth.ok || !contextValue.auth.principal) return;
          const wait = buckets.take(contextValue.auth.principal.keyName);
          if (wait > 0) {
            throw new GraphQLError(`too many changes: at most ${perMinute} a minute per key; try again in ${wait} s`, {
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait, http: { status: 429, headers: new Map([['retry-after', String(wait)]]) } },
            });
          }
        },
      };
    },
  };
}
