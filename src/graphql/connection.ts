/**
 * Relay cursor connections. A cursor is the keyset of a row (its sort value
 * and id), so a page is "the rows after this one in this order", stable when
 * rows are added elsewhere: never an offset. `totalCount` is a thunk, run
 * only when a client selects it.
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ValidationError } from '../errors.js';
import type { Keyset, ListPage } from '../store/port.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Rows after \`after\`, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @Field({ nullable: true, description: 'A cursor from a previous page’s `endCursor`.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Rows before \`before\`, at most ${MAX_PAGE_SIZE}.` })
  last?: number;

  @Field({ nullable: true, description: 'A cursor from a previous page’s `startCursor`.' })
  before?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export function encodeCursor(key: Keyset): string {
  return Buffer.from(JSON.stringify([key.value, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): Keyset {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [Keyset['value'], string];
    if (typeof id !== 'string') throw new Error('no id');
    return { value, id };
  } catch {
    throw new ValidationError([{ path: [argument], message: `"${cursor.slice(0, 40)}" is not a cursor from this API` }]);
  }
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * A page as GraphQL reads it: each field is a promise, so that the page and the count (a getter,
 * run only when a client selects totalCount) are read in the same tick, one wave, not one after the other.
 */
export interface Connection<T> {
  readonly edges: Promise<Edge<T>[]>;
  readonly nodes: Promise<T[]>;
  readonly pageInfo: Promise<PageInfo>;
  readonly totalCount: Promise<number>;
}

/** What a store call gets to fetch one page: a direction, the keyset to start after, and how many rows. */
export interface PageRequest {
  direction: 'ASC' | 'DESC';
  after?: Keyset;
  limit: number;
}

export interface Row<T> {
  key: Keyset;
  item: T;
}

/**
 * Resolves first/after/last/before into one store request in the natural
 * direction (forward) or the opposite one (backward, then reversed), and
 * builds the connection from the rows.
 */
export function paginate<T>(
  args: ConnectionArgs,
  natural: 'ASC' | 'DESC',
  fetch: (request: PageRequest) => Promise<{ rows: Row<T>[]; hasMore: boolean }>,
  totalCount: () => Promise<number>,
): Connection<T> {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value !== undefined && value !== null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw new ValidationError([{ path: [name], message: `${name} must be from 0 to ${MAX_PAGE_SIZE}, got ${value}` }]);
    }
  }
  if (args.first != null && args.last != null) {
    throw new ValidationError([{ path: ['last'], message: 'give first (with after) or last (with before), not both' }]);
  }
  const backward = args.last != null || (args.before != null && args.first == null);
  const limit = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const cursor = backward ? args.before : args.after;
  const direction = backward ? (natural === 'ASC' ? 'DESC' : 'ASC') : natural;
  const after = cursor ? decodeCursor(cursor, backward ? 'before' : 'after') : undefined;
  const page = (limit === 0 ? Promise.resolve({ rows: [], hasMore: false }) : fetch({ direction, after, limit })).then(({ rows, hasMore }) => {
    const ordered = backward ? [...rows].reverse() : rows;
    const edges = ordered.map((row) => ({ cursor: encodeCursor(row.key), node: row.item }));
    const pageInfo: PageInfo = {
      hasNextPage: backward ? args.before != null : hasMore,
      hasPreviousPage: backward ? hasMore : args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    };
    return { edges, pageInfo };
  });
  // A failed read is reported by the fields selected, each of which reads it through a getter.
  page.catch(() => undefined);
  return {
    get edges() {
      return page.then((p) => p.edges);
    },
    get nodes() {
      return page.then((p) => p.edges.map((e) => e.node));
    },
    get pageInfo() {
      return page.then((p) => p.pageInfo);
    },
    // Only when a client selects totalCount is it counted.
    get totalCount() {
      return totalCount();
    },
  };
}

/** Rows of a ListPage, for paginate(). */
export function pageRows<T>(page: ListPage, map: (node: ListPage['nodes'][number]) => T): { rows: Row<T>[]; hasMore: boolean } {
  return { rows: page.nodes.map((node, i) => ({ key: page.keys[i], item: map(node) })), hasMore: page.hasMore };
}

/** A connection type for a node type: `XConnection { edges { cursor node } nodes pageInfo totalCount }`. */
export function ConnectionType<T extends object>(item: ClassType<T> | (abstract new () => T), name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => item)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} results, with cursors.` })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [item], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many results in all (counted only when asked for).' })
    totalCount!: number;
  }
  return ConnectionClass;
}
