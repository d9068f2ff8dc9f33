/**
 * Paraphrase-spans stage, a report's findings retold by the journalist: sentences with no verb of saying
 * that the seeds' coders (and readers) take as the report's words. Two forms, each a plain function over one
 * sentence so it can be tested alone; stages/statements.ts gives them their speaker (the body the sentence
 * names as the agent, else the report's publisher, or the speaker of the finding the sentence continues).
 */

/** A figure: digits, a number, fraction or share in words ("nine", "three-quarters", "one in seven", "half"). */
const FIGURE = /\d|\b(?:half|thirds?|quarters?|one\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
/** The grades inspectorates give ("rated inadequate", "judged to be good", "found to require improvement"). */
const GRADE = String.raw`(?:outstanding|good|requires?\s+improvement|inadequate|poor|adequate|less\s+than\s+good|excellent(?:ly)?|failing)`;
/** "were rated “inadequate”", "have been judged to be good", "were found to require improvement": a grade given in the passive. */
const GRADED = new RegExp(
  String.raw`\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:now|also|still|all|then)\s+)?(?:rated|judged|found|deemed|seen|graded|assessed)\s+(?:as\s+|to\s+be\s+|to\s+)?[‘'“"]?${GRADE}\b`,
  'iu',
);
/** "… by Ofsted", "… inspected by the regulator": the body that gave the grade. */
const AGENT = /\bby\s+((?:the\s+)?(?:[A-Z][\p{L}’'-]*|of|for|and)(?:\s+(?:[A-Z][\p{L}’'-]*|of|for|and))*|the\s+(?:watchdog|regulator|inspectorate|inspectors))/u;

/**
 * A sentence that states a grade given in the passive to a number or share of bodies ("19 were judged
 * inadequate", "more than half … has been rated"): where its agent is named ("by X"), if it is. One body's
 * grade ("Eastshire council has been rated inadequate") is a rating, read by the ratings stage.
 */
export function gradeFinding(sentence: string): { agent?: [number, number] } | null {
  if (!GRADED.test(sentence) || !FIGURE.test(sentence)) return null;
  // A sentence in the first person is the speaker's own account, not the report's finding.
  if (/\b(?:I|we|our|us|my)\b/i.test(sentence)) return null;
  const agent = AGENT.exec(sentence);
  if (!agent) return {};
  const at = agent.index + agent[0].indexOf(agent[1]!);
  return { agent: [at, at + agent[1]!.trimEnd().length] };
}


/**
 * A sentence that goes on retelling a finding the sentence before reported (in the same paragraph): it gives
 * a figure, speaks in no one's first person, and quotes nothing of its own.
 */
export function continuesFinding(sentence: string): boolean {
  return FIGURE.test(sentence) && !/\b(?:I|we|our|us|my)\b/i.test(sentence) && !/[“”"]/.test(sentence) && !/\?\s*$/.test(sentence);
}
