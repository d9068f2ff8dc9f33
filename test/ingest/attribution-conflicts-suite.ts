/**
 * The same words under another speaker, over real HTTP on a seeded store: `attributionConflicts` for words a
 * reviewer is about to commit, and `proposeArticle` marking each proposed statement that has one.
 */
import { describe, expect, it } from 'vitest';
import { useSeededServer } from '../support/seeded-server.js';
import { overlapOf } from '../../src/ingest/attribution-conflicts.js';
import type { DraftStatement } from '../../src/ingest/draft.js';

/** Ofsted's words in the Guardian's 2015 article (seed/source-guardian-2015-sector-response.json). */
const OFSTED_WORDS = 'Where services were found to require improvement, key factors were insufficient support for social workers and a lack of oversight by management.';
const OFSTED_STATEMENT = 'statement:guardian-2015-sector-response.ofsted-requires-improvement-factors';
const SEEDED_SOURCE = 'source:guardian-2015-sector-response';
const QUERY = `query($text: String!, $speaker: ID, $source: ID) {
  attributionConflicts(text: $text, speaker: $speaker, source: $source) { overlap statement { id } speaker { id name } source { id title } } }`;

export function defineAttributionConflictSuite(name: string, store: 'grafeo' | 'neo4j') {
  describe(`attribution conflicts on ${name}`, () => {
    const server = useSeededServer({}, { store });
    const conflicts = async (variables: Record<string, unknown>) => {
      const answer = await server.graphql(QUERY, variables);
      expect(answer.body.errors).toBeUndefined();
      return answer.body.data.attributionConflicts as { overlap: number; statement: { id: string }; speaker: { id: string; name: string }; source: { id: string } }[];
    };

    it('finds the same words given to another speaker, with who and where; the same speaker’s are no conflict', async () => {
      const found = await conflicts({ text: OFSTED_WORDS, speaker: 'person:alan-wood' });
      expect(found.find((c) => c.statement.id === OFSTED_STATEMENT)).toEqual({
        overlap: 1, statement: { id: OFSTED_STATEMENT }, speaker: { id: 'organisation:ofsted', name: 'Ofsted' }, source: expect.objectContaining({ id: SEEDED_SOURCE }),
      });
      expect((await conflicts({ text: OFSTED_WORDS, speaker: 'organisation:ofsted' })).map((c) => c.statement.id)).not.toContain(OFSTED_STATEMENT);
      expect((await conflicts({ text: OFSTED_WORDS, speaker: 'person:alan-wood', source: SEEDED_SOURCE })).map((c) => c.statement.id)).not.toContain(OFSTED_STATEMENT);
    });

    it('counts the longest common run of words against the shorter: a trimmed quote conflicts, a shared phrase does not', async () => {
      const trimmed = 'key factors were insufficient support for social workers and a lack of oversight';
      expect((await conflicts({ text: trimmed })).map((c) => c.statement.id)).toContain(OFSTED_STATEMENT);
      // After its first seven words the text goes its own way: a run of 7 of its 21 words is under 80%.
      const diverging = 'Where services were found to require improvement, the councils blamed a shortage of money and the churn of agency staff';
      expect((await conflicts({ text: diverging })).map((c) => c.statement.id)).not.toContain(OFSTED_STATEMENT);
      expect(overlapOf(['a', 'b', 'c', 'd', 'e'], ['x', 'a', 'b', 'c', 'd', 'y'])).toBe(0.8);
      expect(await conflicts({ text: 'good enough' })).toEqual([]);
    });

    it('refuses text longer than any statement, naming the argument', async () => {
      const answer = await server.graphql(QUERY, { text: 'word '.repeat(4_001) });
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: ['text'] }] });
    });

    it('proposeArticle marks a proposed statement whose words the graph gives to someone else', async () => {
      const text = `Councils are failing, says director\n\nAlan Wood said: “${OFSTED_WORDS}”\n\nHe said: “We will keep working with every council to do better.”\n`;
      const answer = await server.graphql('query($source: ArticleInput!) { proposeArticle(source: $source) }', { source: { text, title: 'Councils are failing, says director', publisher: 'The Guardian', date: '2015-04-02' } });
      expect(answer.body.errors).toBeUndefined();
      const statements = answer.body.data.proposeArticle.statements as DraftStatement[];
      const quoted = statements.find((s) => s.text.startsWith('Where services'));
      expect(quoted?.speaker.id).toBe('person:alan-wood');
      expect(quoted?.conflicts).toContainEqual({ statement: OFSTED_STATEMENT, speaker: 'organisation:ofsted', speakerName: 'Ofsted', source: SEEDED_SOURCE, sourceTitle: expect.any(String) });
      expect(statements.filter((s) => s !== quoted).every((s) => s.conflicts === undefined)).toBe(true);
    });
  });
}
