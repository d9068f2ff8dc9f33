/**
 * The peer: a GraphQL server built with the Neo4j GraphQL Library (@neo4j/graphql) over the same Neo4j
 * data Chorus loaded, served by the same Apollo Server 5 (standalone). The type definitions map the
 * stored labels, properties and relationship types as they are; nothing is loaded or changed.
 * Prints `READY {json}` on stdout.
 *
 *   node dist/bench/bench/peer/server.js '{"neo4jUri":"bolt://127.0.0.1:7699"}'
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const fulltext = (label: string, queryName: string) =>
  `@fulltext(indexes: [{ indexName: "search_${label.toLowerCase()}", queryName: "${queryName}", fields: ["searchText"] }])`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type About @relationshipProperties { stance: String! }
  type HeldRole @relationshipProperties { title: String! from: String to: String }
  type Evidence @relationshipProperties { weight: Int! evidence: [String!]! firstDate: String lastDate: String }

  union Actor = Person | Organisation | Council
  union RoleAt = Organisation | Council
  union Target = Report | Framework | Council | Organisation | Claim | Person

  type Person @node ${fulltext('Person', 'peopleFulltext')} {
    id: ID! name: String! description: String aliases: [String!] searchText: String
    roles: [RoleAt!]! @relationship(type: "HELD_ROLE", direction: OUT, properties: "HeldRole")
    statements: [Statement!]! @relationship(type: "SAID", direction: OUT)
    criticised: [Target!]! @relationship(type: "CRITICISED", direction: OUT, properties: "Evidence")
    praised: [Target!]! @relationship(type: "PRAISED", direction: OUT, properties: "Evidence")
  }
  type Organisation @node ${fulltext('Organisation', 'organisationsFulltext')} {
    id: ID! name: String! kind: String! aliases: [String!] searchText: String
  }
  type Council @node ${fulltext('Council', 'councilsFulltext')} {
    id: ID! name: String! region: String searchText: String
    ratings: [Rating!]! @relationship(type: "RATING_OF", direction: IN)
    outcomes: [Outcome!]! @relationship(type: "AFFECTED", direction: IN)
  }
  type Report @node ${fulltext('Report', 'reportsFulltext')} {
    id: ID! title: String! kind: String period: String date: String dateFrom: String searchText: String
    statements: [Statement!]! @relationship(type: "ABOUT", direction: IN, properties: "About")
  }
  type Framework @node { id: ID! name: String! scale: [String!] }
  type Claim @node { id: ID! text: String! kind: String! }
  type Outcome @node { id: ID! kind: String! description: String! date: String dateFrom: String }
  type Rating @node {
    id: ID! grade: String! ordinal: Int period: String date: String dateFrom: String
    framework: [Framework!]! @relationship(type: "UNDER_FRAMEWORK", direction: OUT)
    report: [Report!]! @relationship(type: "IN_REPORT", direction: OUT)
    rater: [Organisation!]! @relationship(type: "RATED_BY", direction: OUT)
  }
  type Source @node { id: ID! title: String! url: String date: String publishers: [Organisation!]! @relationship(type: "PUBLISHED", direction: IN) }
  type Statement @node ${fulltext('Statement', 'statementsFulltext')} {
    id: ID! text: String! kind: String! date: String dateFrom: String searchText: String
    speaker: [Actor!]! @relationship(type: "SAID", direction: IN)
    targets: [Target!]! @relationship(type: "ABOUT", direction: OUT, properties: "About")
    source: [Source!]! @relationship(type: "SOURCED_FROM", direction: OUT)
  }
`;

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as { neo4jUri: string };
  const driver = neo4j.driver(options.neo4jUri);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  process.stdout.write(`READY ${JSON.stringify({ urls: { main: url.replace(/\/$/, '') }, pid: process.pid })}\n`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  process.stderr.write(`peer server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
