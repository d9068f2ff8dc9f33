/**
 * Projections (src/graphql/projection.ts): neighbour reads read only the properties an operation selects
 * of their labels. These tests check what an operation asks for, that no resolver reads a property of its
 * node that the projection would leave out, and that answers built from projected reads equal the nodes
 * read whole by id.
 */
import { GraphQLObjectType, Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildChorusSchema } from '../../src/graphql/schema.js';
import { PROPERTIES_READ_BY_RESOLVERS, projectionOf } from '../../src/graphql/projection.js';
import { isLabel, largeProperties, type Label } from '../../src/model/schema.js';
import { useRecordedSeedServer } from '../support/recorded-server.js';

const schema = await buildChorusSchema();

function projectionOfText(text: string) {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return projectionOf(schema, operation, fragments);
}

const WHO_SAID_WHAT = `query($report: ID!) { node(id: $report) { ... on Report { title date
  statements(first: 10) { edges { node { text kind date
    speaker { id name ... on Person { roles { title at { id name } } } }
    targets { stance target { id } }
    source { title url publisher { name } } } } } } } }`;

describe('what an operation asks of each label', () => {
  it('collects the selected model keys per label, through interfaces and inline fragments', () => {
    const projection = projectionOfText(WHO_SAID_WHAT);
    expect(projection.propertiesOf(['Statement'])).toEqual(['date', 'id', 'kind', 'text']);
    expect(projection.propertiesOf(['Person'])).toEqual(['id', 'name']);
    expect(projection.propertiesOf(['Report'])).toEqual(['date', 'id', 'title']);
    expect(projection.propertiesOf(['Source'])).toEqual(['id', 'title', 'url']);
    // Several possible labels: the union, in a stable order.
    expect(projection.propertiesOf(['Council', 'Organisation'])).toEqual(['id', 'name']);
    expect(projection.propertiesOf(['Organisation', 'Council'])).toEqual(['id', 'name']);
  });

  it('follows named fragments, and leaves out large properties and fields that are not properties', () => {
    const projection = projectionOfText(`query { statements(first: 2) { nodes { ...S } } }
      fragment S on Statement { confidence source { ...Src } speaker { ... on Organisation { url } } }
      fragment Src on Source { text length furniture contentHash }`);
    expect(projection.propertiesOf(['Statement'])).toEqual(['confidence']);
    expect(projection.propertiesOf(['Source'])).toEqual(['contentHash', 'furniture']);
    expect(projection.propertiesOf(['Organisation'])).toEqual(['url']);
    expect(projection.propertiesOf(['Person'])).toEqual([]);
  });

  it('adds the properties a resolver reads under another name', () => {
    const projection = projectionOfText('query { changes(first: 1) { nodes { nodes { id } } } }');
    expect(projection.propertiesOf(['Change'])).toEqual(['nodeIds']);
  });

  it('is worked out once per parsed operation', () => {
    const document = parse(WHO_SAID_WHAT);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(projectionOf(schema, operation, {})).toBe(projectionOf(schema, operation, {}));
  });
});

describe('resolvers read of their node only what a projection keeps', () => {
  /** Anything: every property, call and await of it gives itself, and an await never settles. */
  const anything: unknown = new Proxy(function () {}, { get: () => anything, apply: () => anything });

  it('every field of every node type reads its own property, its id, a large property (read by id when missing) or what PROPERTIES_READ_BY_RESOLVERS lists', async () => {
    const unlisted: string[] = [];
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || !isLabel(type.name)) continue;
      const label = type.name as Label;
      for (const field of Object.values(type.getFields())) {
        const read = new Set<string>();
        const node = new Proxy({ __typename: label, id: `${label.toLowerCase()}:projection-check` } as Record<string, unknown>, {
          get: (target, key) => {
            if (typeof key === 'string') read.add(key);
            return target[key as string];
          },
        });
        const info = { fieldName: field.name, fieldNodes: [], returnType: field.type, parentType: type, schema, fragments: {}, variableValues: {}, path: { prev: undefined, key: field.name, typename: label } } as unknown as GraphQLResolveInfo;
        try {
          const result: unknown = (field.resolve ?? ((source: Record<string, unknown>) => source[field.name]))(node, {}, anything, info);
          if (result instanceof Promise) result.catch(() => undefined);
        } catch {
          // A resolver that needs real arguments or loaders: what it read before that still counts.
        }
        checked++;
        // `then`: type-graphql checks whether a parent is a promise.
        const allowed = new Set(['id', '__typename', 'then', field.name, ...largeProperties(label), ...(PROPERTIES_READ_BY_RESOLVERS[label]?.[field.name] ?? [])]);
        for (const key of read) if (!allowed.has(key)) unlisted.push(`${label}.${field.name} reads ${key}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(unlisted).toEqual([]);
  });
});

describe('answers from projected reads', () => {
  const { request } = useRecordedSeedServer();

  it('read neighbours for the selected properties only, and equal the nodes read whole by id', async () => {
    const query = `{ statements(first: 25) { nodes { id text kind date speakerRole confidence
      speaker { __typename id name aliases ... on Person { description roles { title from at { __typename id name } } } ... on Organisation { kind url } ... on Council { region } }
      source { __typename id title url date publisherName furniture publisher { __typename id name } }
      targets { stance target { __typename id ... on Report { title period date } ... on Framework { name introduced } ... on Council { name } ... on Claim { text value unit } } }
      asserts { __typename id text kind } } } }`;
    const { body, calls } = await request(query);
    expect(body.errors).toBeUndefined();

    const related = calls.filter((c) => c.method === 'related' || c.method === 'relatedWithNext');
    const sourceRead = related.map((c) => c.args[1] as { type: string; properties?: string[] }).find((q) => q.type === 'SOURCED_FROM');
    expect(sourceRead?.properties).toEqual(['date', 'furniture', 'id', 'publisherName', 'title', 'url']);

    expect(await nodesEqualToThoseReadById(body.data)).toBeGreaterThan(40);
  });

  it('search hits carry the selected and searchable properties only, and equal the nodes read whole by id', async () => {
    const query = `{ search(text: "ofsted children social care wilshaw adcs", first: 40) { edges { node { matched node { __typename id
      ... on Actor { name aliases } ... on Person { description } ... on Organisation { url } ... on Council { region }
      ... on Report { title period date } ... on Framework { name introduced } ... on Statement { text kind date } ... on Claim { text value unit }
      ... on Source { title url date publisherName } } } } } }`;
    const { body, calls } = await request(query);
    expect(body.errors).toBeUndefined();
    const searches = calls.filter((c) => c.method === 'search').map((c) => c.args[0] as { labels: string[]; properties?: string[] });
    expect(searches.length).toBeGreaterThan(5);
    // What the operation selects of the hits' labels: a person's description, not a source's unselected hash.
    expect(searches.find((q) => q.labels[0] === 'Person')?.properties).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'description']));
    expect(searches.find((q) => q.labels[0] === 'Source')?.properties).toEqual(expect.arrayContaining(['title', 'url', 'date', 'publisherName']));
    expect(searches.find((q) => q.labels[0] === 'Source')?.properties).not.toContain('contentHash');
    const types = new Set((body.data.search.edges as { node: { node: { __typename: string } } }[]).map((e) => e.node.node.__typename));
    expect(types.size).toBeGreaterThan(3);
    expect(await nodesEqualToThoseReadById(body.data)).toBeGreaterThan(20);
  });

  it('a network reads of its nodes their display text and date only, and labels and dates them as the nodes read whole', async () => {
    const { body, calls } = await request('{ network(from: ["report:ofsted-social-care-annual-report-2013-14"], depth: 2, relationshipTypes: ["ABOUT", "SAID", "CRITICISED", "RATED"]) { nodes { id type label firstDate } edges { source target } } }');
    expect(body.errors).toBeUndefined();
    const subgraphs = calls.filter((c) => c.method === 'subgraph').map((c) => c.args[0] as { properties?: string[] });
    expect(subgraphs).toHaveLength(1);
    expect([...subgraphs[0].properties!].sort()).toEqual(['date', 'description', 'grade', 'id', 'name', 'summary', 'text', 'title']);
    const nodes = body.data.network.nodes as { id: string; type: string; label: string; firstDate: string | null }[];
    expect(nodes.length).toBeGreaterThan(10);
    const whole = await request('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Actor { name } ... on Report { title date } ... on Statement { text date } ... on Framework { name } ... on Rating { grade date } ... on Claim { text } ... on Outcome { description date } ... on Source { title date } } }', { ids: nodes.map((n) => n.id) });
    expect(whole.body.errors).toBeUndefined();
    const byId = new Map((whole.body.data.nodes as Record<string, string>[]).map((n) => [n.id, n]));
    for (const node of nodes) {
      const read = byId.get(node.id)!;
      expect(node.label).toBe(read.name ?? read.title ?? read.text ?? read.grade ?? read.description);
      if (read.date) expect(node.firstDate).toBe(read.date);
    }
  });

  /** Every node in an answer, compared field by field with the same fields of the node read by id; how many there were. */
  async function nodesEqualToThoseReadById(data: unknown): Promise<number> {
    const found = new Map<string, Record<string, unknown>>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (!value || typeof value !== 'object') return;
      const object = value as Record<string, unknown>;
      if (typeof object.__typename === 'string' && typeof object.id === 'string') found.set(`${object.id} ${Object.keys(object).join()}`, object);
      Object.values(object).forEach(visit);
    };
    visit(data);
    for (const node of found.values()) {
      const scalars = Object.keys(node).filter((key) => node[key] === null || typeof node[key] !== 'object' || (Array.isArray(node[key]) && (node[key] as unknown[]).every((v) => typeof v !== 'object' || Array.isArray(v))));
      const whole = await request(`query($id: ID!) { node(id: $id) { ... on ${node.__typename as string} { ${scalars.join(' ')} } } }`, { id: node.id });
      expect(whole.body.errors).toBeUndefined();
      expect(Object.fromEntries(scalars.map((key) => [key, node[key]]))).toEqual(whole.body.data.node);
    }
    return found.size;
  }
});
