/**
 * A store that records every call made through it, as dataloader's own tests do: the method, its
 * arguments, and its wave (how many calls had finished when it started: calls that started with the
 * same number ran together).
 */
import type { GraphStore } from '../../src/store/port.js';

export interface StoreCall {
  method: string;
  args: unknown[];
  wave: number;
}

export function recordStoreCalls(store: GraphStore): { store: GraphStore; calls: StoreCall[] } {
  const calls: StoreCall[] = [];
  let finished = 0;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push({ method: String(property), args, wave: finished });
        const result: unknown = value.apply(target, args);
        return result instanceof Promise ? result.finally(() => finished++) : result;
      };
    },
  });
  return { store: proxy, calls };
}
