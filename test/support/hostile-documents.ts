/**
 * Hostile GraphQL requests, generated from the schema by a seeded generator (the same cases every run): the
 * shapes an attacker reaches for first. Fragment spreads (chains, fan-out, cycles, deep nesting through
 * fragments), variables of every wrong type and shape, huge numbers, long strings, aliased mutations,
 * subscriptions, nested introspection.
 */
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { HOSTILE_STRINGS } from './hostile-strings.js';

/** mulberry32: a small seeded PRNG, so every run tries the same cases. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HostileRequest {
  kind: string;
  body: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> };
  /** Sent with the write key. */
  withKey?: boolean;
  /** The body as sent, when it cannot be built by JSON.stringify (too deep for any recursive writer). */
  rawBody?: string;
}

/** Values of every JSON kind, for variables of any declared type: most are wrong for it. */
const WRONG_VALUES: unknown[] = [
  true, false, 0, -1, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e300, -1e300, '', 'x', '42', 'true', 'person:alan-wood',
  [], [1, 'two', null], [[[]]], {}, { a: 1 }, { __proto__: { polluted: true } }, { constructor: { prototype: {} } },
  null, 'x'.repeat(200_000), '\u0000\u0001\u001f', '\ud800', '😀'.repeat(5_000), Array.from({ length: 5_000 }, (_, i) => i),
];

export class HostileDocuments {
  private readonly random: () => number;

  constructor(private readonly schema: GraphQLSchema, seed = 20261206) {
    this.random = prng(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private int(from: number, to: number): number {
    return from + Math.floor(this.random() * (to - from + 1));
  }

  /** `{ ...F<levels> }`, each fragment spreading the one below `width` times. */
  fanOut(levels: number, width: number): HostileRequest {
    const fragments = ['fragment F0 on Query { __typename stats { store } }'];
    for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ${Array(width).fill(`...F${i - 1}`).join(' ')} }`);
    return { kind: `fan-out ${levels}x${width}`, body: { query: `{ ...F${levels} } ${fragments.join(' ')}` } };
  }

  /** A chain of fragments, each spreading the next once. */
  chain(length: number): HostileRequest {
    const fragments = Array.from({ length }, (_, i) => (i === length - 1 ? `fragment C${i} on Query { stats { store } }` : `fragment C${i} on Query { __typename ...C${i + 1} }`));
    return { kind: `chain ${length}`, body: { query: `{ ...C0 } ${fragments.join(' ')}` } };
  }

  /** Fragments spreading each other in a ring (invalid GraphQL: validation must say so, promptly). */
  cycle(length: number): HostileRequest {
    const fragments = Array.from({ length }, (_, i) => `fragment R${i} on Query { stats { store } ...R${(i + 1) % length} }`);
    return { kind: `cycle ${length}`, body: { query: `{ ...R0 } ${fragments.join(' ')}` } };
  }

  /** Nesting that grows one level per fragment: statement → speaker → statements → … */
  deepThroughFragments(levels: number): HostileRequest {
    const fragments: string[] = [];
    for (let i = 0; i < levels; i++) {
      const next = i === levels - 1 ? 'id' : `...P${i + 1}`;
      fragments.push(`fragment P${i} on Person { statements(first: 100) { nodes { speaker { ... on Person { ${next} } } } } }`);
    }
    return { kind: `deep ${levels}`, body: { query: `{ people(first: 100) { nodes { ... on Person { ...P0 } } } } ${fragments.join(' ')}` } };
  }

  /** Inline fragments nested inside one another, each selecting the same fields again. */
  inlineNest(levels: number, width: number): HostileRequest {
    let inner = 'stats { store }';
    for (let i = 0; i < levels; i++) inner = Array(width).fill(`... on Query { ${inner} }`).join(' ');
    return { kind: `inline ${levels}x${width}`, body: { query: `{ ${inner} }` } };
  }

  /** A query field with arguments, its arguments declared as variables, and wrong values for them. */
  wrongVariables(): HostileRequest {
    const fields = Object.values(this.schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);
    const field = this.pick(fields);
    const args = field.args.filter((a) => isNonNullType(a.type) || this.random() < 0.6);
    const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const variables = Object.fromEntries(args.map((a) => [a.name, this.wrongValueFor(a)]));
    const selection = this.leafSelection(field);
    const query = args.length ? `query(${declared}) { ${field.name}(${passed}) ${selection} }` : `{ ${field.name} ${selection} }`;
    return { kind: `variables ${field.name}`, body: { query, variables } };
  }

  private wrongValueFor(arg: GraphQLArgument): unknown {
    if (this.random() < 0.25) return this.plausible(arg.type, 0);
    return this.pick(WRONG_VALUES);
  }

  /** A value of the right shape whose leaves are sometimes wrong: wrong types hide inside input objects and lists. */
  private plausible(type: GraphQLInputType, depth: number): unknown {
    if (isNonNullType(type)) return this.plausible(type.ofType, depth);
    if (isListType(type)) return Array.from({ length: this.int(0, 3) }, () => this.plausible(type.ofType, depth + 1));
    if (isInputObjectType(type)) {
      if (depth > 3) return {};
      const value: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) if (this.random() < 0.5) value[field.name] = this.plausible(field.type, depth + 1);
      if (this.random() < 0.2) value.unknownField = 1;
      return value;
    }
    if (isEnumType(type)) return this.random() < 0.8 ? this.pick(type.getValues()).name : 'NOT_A_VALUE';
    if (this.random() < 0.3) return this.pick(WRONG_VALUES);
    const name = getNamedType(type).name;
    if (name === 'Int') return this.pick([0, 1, 20, 100, 101, -5, 2 ** 31]);
    if (name === 'Float') return this.pick([0, 0.5, 1e308]);
    if (name === 'Boolean') return this.random() < 0.5;
    return this.pick(['person:alan-wood', 'report:nothing', '2014', '2014-13', 'wilshaw', '']);
  }

  private leafSelection(field: GraphQLField<unknown, unknown>): string {
    const type = getNamedType(field.type);
    if (isScalarType(type) || isEnumType(type)) return '';
    return '{ __typename }';
  }

  /** Pages of every size, from a literal and from a variable. */
  hugeNumbers(): HostileRequest {
    const n = this.pick([2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 53, 1e300, -0, 0.5]);
    if (this.random() < 0.5) return { kind: 'huge page variable', body: { query: 'query($n: Int) { statements(first: $n) { nodes { id } } }', variables: { n } } };
    return { kind: 'huge page literal', body: { query: `{ statements(first: ${Number.isInteger(n) ? n : 1e300}) { nodes { id } } }` } };
  }

  /** A long string where a short one is expected. */
  longString(): HostileRequest {
    const text = this.pick(['a', 'é', '😀', '\u0000', '(', '\\']).repeat(this.int(10_000, 250_000));
    return { kind: 'long string', body: { query: 'query($t: String!) { search(text: $t) { node { id } } }', variables: { t: text } } };
  }

  /** Many mutations in one request, by alias, with the write key. */
  aliasedMutations(): HostileRequest {
    const count = this.int(2, 40);
    const fields = Array.from({ length: count }, (_, i) => `m${i}: addActor(input: { type: PERSON, name: "Hostile ${this.int(0, 1e9)} ${i}" }) { applied }`);
    return { kind: `aliased mutations ${count}`, body: { query: `mutation { ${fields.join(' ')} }` }, withKey: true };
  }

  /** A hostile string (formula, control characters, lone surrogate, script URL, 40,000-character name…) where text is written or searched. */
  hostileText(): HostileRequest {
    const text = this.pick(HOSTILE_STRINGS);
    const placements: HostileRequest[] = [
      { kind: 'hostile name', body: { query: 'mutation($n: String!) { addActor(input: { type: ORGANISATION, name: $n }) { applied } }', variables: { n: text } }, withKey: true },
      { kind: 'hostile url', body: { query: 'mutation($u: JSONObject) { updateNode(id: "organisation:adcs", set: $u) { applied } }', variables: { u: { url: text } } }, withKey: true },
      { kind: 'hostile search', body: { query: 'query($t: String!) { search(text: $t) { node { id } } }', variables: { t: text } } },
      { kind: 'hostile article', body: { query: 'query($t: String!) { proposeArticle(source: { text: $t, title: $t }) }', variables: { t: text } } },
    ];
    return this.pick(placements);
  }

  /** A JSON variable nested thousands of levels deep (a JSON scalar takes any depth). */
  deepVariable(): HostileRequest {
    const depth = this.int(100, 50_000);
    const query = 'mutation($s: JSONObject) { updateNode(id: "organisation:adcs", set: $s) { applied } }';
    const rawBody = `{"query":${JSON.stringify(query)},"variables":{"s":{"name":${'['.repeat(depth)}${']'.repeat(depth)}}}}`;
    return { kind: `deep variable ${depth}`, body: { query }, rawBody, withKey: true };
  }

  /** Protocol oddities: a persisted-query hash that matches nothing, prototype keys in a JSON argument. */
  oddity(): HostileRequest {
    return this.pick<HostileRequest>([
      { kind: 'persisted query', body: { query: '{ stats { store } }', extensions: { persistedQuery: { version: 1, sha256Hash: this.pick(['x', '0'.repeat(64)]) } } } },
      { kind: 'prototype keys', body: { query: 'mutation { __typename }' }, rawBody: '{"query":"mutation($s: JSONObject) { updateNode(id: \\"organisation:adcs\\", set: $s) { applied } }","variables":{"s":{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}}}', withKey: true },
    ]);
  }

  subscription(): HostileRequest {
    return { kind: 'subscription', body: { query: this.pick(['subscription { __typename }', 'subscription S { stats { store } }']) } };
  }

  nestedIntrospection(levels: number): HostileRequest {
    let inner = 'name';
    for (let i = 0; i < levels; i++) inner = `fields { type { ${inner} } }`;
    return { kind: `introspection ${levels}`, body: { query: `{ __schema { types { ${inner} } } }` } };
  }

  /** `count` requests, mixing every kind. */
  requests(count: number): HostileRequest[] {
    const makers: (() => HostileRequest)[] = [
      () => this.fanOut(this.int(5, 60), this.int(2, 6)),
      () => this.chain(this.int(2, 400)),
      () => this.cycle(this.int(1, 6)),
      () => this.deepThroughFragments(this.int(2, 30)),
      () => this.inlineNest(this.int(2, 6), this.int(2, 3)),
      () => this.wrongVariables(),
      () => this.wrongVariables(),
      () => this.wrongVariables(),
      () => this.hugeNumbers(),
      () => this.longString(),
      () => this.aliasedMutations(),
      () => this.hostileText(),
      () => this.hostileText(),
      () => this.deepVariable(),
      () => this.oddity(),
      () => this.subscription(),
      () => this.nestedIntrospection(this.int(1, 6)),
    ];
    return Array.from({ length: count }, () => this.pick(makers)());
  }
}

/** The printed form of a request, short enough for a failure message. */
export const describeRequest = (request: HostileRequest): string => `${request.kind}: ${(request.rawBody ?? JSON.stringify(request.body)).slice(0, 240)}`;
