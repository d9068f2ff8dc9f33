/**
 * A GraphQL fuzzer driven by the schema, against a real server in
 * production mode: generated documents and variables (wrong types, huge and
 * negative numbers, long and odd Unicode, deep nesting, many aliases,
 * repeated fields, cyclic fragments, batches, unknown fields). Every answer
 * must be a well-formed GraphQL response with a known `extensions.code`, no
 * 5xx, no stack trace or driver message, and the server's memory must not
 * grow. Deterministic: the cases come from a seeded generator.
 */
import { describe, expect, it } from 'vitest';
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isAbstractType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { buildChorusSchema } from '../../src/graphql/schema.js';
import { residentBytes, useServerProcess } from '../support/process.js';
import { prng } from '../support/hostile-documents.js';

const CASES = 1500;
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_MANY_DIRECTIVES', 'UNAUTHENTICATED', 'FORBIDDEN',
  'RATE_LIMITED', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_TOO_MANY_FIELDS', 'QUERY_TOO_MANY_FRAGMENTS', 'OPERATION_NOT_SUPPORTED',
]);

const ODD_STRINGS = [
  '', ' ', 'person:alan-wood', 'x'.repeat(100_000), '\u0000', '😀'.repeat(1000), 'ﷺ'.repeat(200), '\u202e evil', "' OR 1=1 --",
  '") DETACH DELETE n //', '<img src=x onerror=alert(1)>', 'wilshaw~ AND (x OR y) "quoted" *', '2014-99-99', 'NaN', '\ud800',
];
const ODD_NUMBERS = [0, -1, 1, 100, 101, 2 ** 31, -(2 ** 31), 2 ** 53, 1e308, -1e308, 0.5];

class Fuzzer {
  constructor(private readonly schema: GraphQLSchema, private readonly random: () => number) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** A value for an input type: usually plausible, sometimes of the wrong type. */
  value(type: GraphQLInputType, depth = 0): string {
    if (this.random() < 0.1) return this.pick(['null', '42', '"wrong"', 'true', '[1, 2]', '{ a: 1 }', 'UNKNOWN_ENUM']);
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (isListType(type)) return `[${Array.from({ length: Math.floor(this.random() * 3) }, () => this.value(type.ofType, depth + 1)).join(', ')}]`;
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      if (depth > 2) return '{}';
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || this.random() < 0.4);
      return `{ ${fields.map((f) => `${f.name}: ${this.value(f.type, depth + 1)}`).join(', ')} }`;
    }
    const name = (type as GraphQLNamedType).name;
    if (name === 'Int' || name === 'Float') return String(this.pick(ODD_NUMBERS));
    if (name === 'Boolean') return this.pick(['true', 'false']);
    if (name === 'JSONObject') return '{ name: "x" }';
    return JSON.stringify(this.pick(ODD_STRINGS));
  }

  private args(field: GraphQLField<unknown, unknown>): string {
    const args = field.args.filter((a) => isNonNullType(a.type) || this.random() < 0.3);
    if (this.random() < 0.05) args.push({ name: 'unknownArgument', type: field.args[0]?.type } as never);
    if (args.length === 0) return '';
    return `(${args.map((a) => `${a.name}: ${a.type ? this.value(a.type) : '1'}`).join(', ')})`;
  }

  /** A selection on an output type, to a random depth. */
  selection(type: GraphQLNamedType, depth: number): string {
    if (isScalarType(type) || isEnumType(type)) return '';
    if (depth <= 0) return isAbstractType(type) ? '{ __typename }' : `{ ${this.leafOf(type)} }`;
    if (isAbstractType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const concrete = this.pick(possible);
      return `{ __typename ... on ${concrete.name} ${this.selection(concrete, depth - 1)} }`;
    }
    if (!isObjectType(type)) return '';
    const fields = Object.values(type.getFields());
    const chosen = Array.from({ length: 1 + Math.floor(this.random() * 3) }, () => this.pick(fields));
    const parts = chosen.map((f) => {
      const alias = this.random() < 0.1 ? `a${Math.floor(this.random() * 1000)}: ` : '';
      return `${alias}${f.name}${this.args(f)} ${this.selection(getNamedType(f.type), depth - 1)}`;
    });
    if (this.random() < 0.05) parts.push('fieldThatDoesNotExist');
    return `{ ${parts.join(' ')} }`;
  }

  private leafOf(type: GraphQLNamedType): string {
    if (!isObjectType(type)) return '__typename';
    const leaf = Object.values(type.getFields()).find((f) => isScalarType(getNamedType(f.type)) && f.args.length === 0);
    return leaf?.name ?? '__typename';
  }

  /** One request body: usually a generated operation, sometimes one of the known nasty shapes. */
  body(): unknown {
    const roll = this.random();
    if (roll < 0.04) return { query: `query { ${'node(id: "person:alan-wood") { ... on Person { statements(first: 100) { nodes { speaker '.repeat(30)}id${' } } } }'.repeat(30)} }` };
    if (roll < 0.07) return { query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: stats { store }`).join(' ')} }` };
    if (roll < 0.10) return { query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' };
    if (roll < 0.13) return [{ query: '{ stats { store } }' }, { query: '{ stats { store } }' }];
    if (roll < 0.16) return { query: `{ ${'stats { store } '.repeat(2000)} }` };
    if (roll < 0.18) return { query: 42 };
    if (roll < 0.20) return { query: '{ stats { store } }', variables: 'not an object' };
    if (roll < 0.22) return { query: '{{{{' };
    const root = this.random() < 0.15 ? this.schema.getMutationType()! : this.schema.getQueryType()!;
    const keyword = root === this.schema.getQueryType() ? 'query' : 'mutation';
    return { query: `${keyword} ${this.selection(root, 1 + Math.floor(this.random() * 4))}` };
  }
}

describe('schema-driven fuzzing', () => {
  // The real program, in production mode, in a process of its own so its memory can be read alone.
  const server = useServerProcess({ NODE_ENV: 'production', CHORUS_API_KEYS: 'fuzz:fuzz-key-0123456789abcdef', CHORUS_MUTATIONS_PER_MINUTE: '1000000' });

  it(`answers ${CASES} generated requests with well-formed GraphQL, known codes, no 5xx and no leaks`, async ({ annotate }) => {
    const schema = await buildChorusSchema();
    const outcomes = new Map<string, number>();
    const problems: string[] = [];
    const send = async (body: unknown, i: number) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (i % 3 === 0) headers.authorization = 'Bearer fuzz-key-0123456789abcdef';
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
      const text = await response.text();
      let json: any;
      try {
        json = JSON.parse(text);
      } catch {
        problems.push(`case ${i}: not JSON (${response.status}): ${text.slice(0, 200)}`);
        return;
      }
      if (response.status >= 500) problems.push(`case ${i}: HTTP ${response.status}: ${text.slice(0, 300)}`);
      if (!('data' in json) && !('errors' in json)) problems.push(`case ${i}: neither data nor errors: ${text.slice(0, 200)}`);
      if (/stacktrace|at [\w.]+ \(|GRAFEO-|Neo\.ClientError|\.ts:\d+/.test(text)) problems.push(`case ${i}: internals leaked: ${text.slice(0, 300)}`);
      for (const error of json.errors ?? []) {
        const code = error?.extensions?.code;
        if (!KNOWN_CODES.has(code)) problems.push(`case ${i}: code ${code}: ${error?.message} for ${JSON.stringify(body).slice(0, 300)}`);
      }
      const key = json.errors ? `error ${json.errors[0]?.extensions?.code}` : 'data';
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    };
    const pass = async () => {
      // The same seed each pass: the same cases, so the second pass meets warm caches and only a leak can grow.
      const fuzzer = new Fuzzer(schema, prng(20261123));
      for (let i = 0; i < CASES; i++) await send(fuzzer.body(), i);
      // A few idle seconds let V8 collect what the pass left, so the figure is memory kept, not garbage.
      await new Promise((r) => setTimeout(r, 3_000));
      return residentBytes(server.process.child.pid!);
    };

    // Three warm-up passes let caches (Apollo's parsed documents, V8's heap) settle; the fourth is measured.
    await pass();
    await pass();
    const warm = await pass();
    outcomes.clear();
    const measured = await pass();
    const measuredOutcomes = JSON.stringify(Object.fromEntries([...outcomes].sort()));
    // Resident memory also moves with the machine's load (when V8 collects, what malloc hands back): a pass
    // over the bound is measured once more, and only memory that stays up is a leak (a leak grows every pass).
    const after = measured < warm * 1.1 ? measured : Math.min(measured, await pass());
    await annotate(`fuzz: ${CASES} cases per pass; outcomes ${measuredOutcomes}; server rss after the warm-up passes ${(warm / 2 ** 20).toFixed(0)} MiB, after the measured pass ${(measured / 2 ** 20).toFixed(0)} MiB${after === measured ? '' : `, after one more ${(after / 2 ** 20).toFixed(0)} MiB`}`);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(after).toBeLessThan(warm * 1.1);
  }, 300_000);
});
