/**
 * Target-resolution stage, collectives the graph does not hold: an industry or a class of bodies
 * ("water companies", "insurers", "care providers", "the sector") and a political party ("the
 * Conservatives", "Conservative proposals", "Labour's plans"), and the provider an inspection judges,
 * named with what it runs ("HSE-run centres"), a public system ("the welfare system"), a policy or programme ("welfare
 * cuts", "the bedroom tax", "the new curriculum") and politicians as a class (not the government). Reports about a regulated industry or a
 * party's plans judge these more than any named body, but the words are common nouns, so each place the
 * text names one is only a candidate: the target stage keeps it for a statement whose judging words
 * attach to it (targets.ts), never for every noun. Plain text in, mentions out (UTF-16 offsets); ids
 * are provisional (`candidate:`), proposed as a new Group or Organisation once a statement judges it.
 */
import type { Entity, Mention } from '../gazetteer.js';
import { GROUP_REFERENCE } from './council-groups.js';

/** Who does a kind of work, in the plural: "water companies", "insurers", "landlords". */
const KINDS = `(?:(?:${['local', 'water', 'sewerage', 'energy', 'gas', 'electricity', 'heating', 'network', 'housing', 'social', 'care', 'home', 'childcare', 'nursery', 'rail', 'train', 'bus', 'airline', 'police', 'fire', 'private', 'independent', 'health', 'academy', 'insurance', 'mortgage', 'credit', 'payday', 'pension', 'letting', 'estate', 'broadband', 'phone', 'mobile', 'telecoms', 'utility', 'nursing', 'supermarket', 'high street', 'big', 'large', 'major', 'leading'].join('|')})\\s+)?`;
const HEADS = '(?:politicians|authorities|councils|agencies|landlords|providers|companies|firms|operators|employers|trusts|insurers|banks|lenders|developers|suppliers|utilities|retailers|installers|manufacturers|agents|brokers|airlines|universities|care homes|supermarkets|retail chains)';
/** Heads that name the same collective after the same kind ("water firms" are the "water companies"). */
const SAME_HEAD: Record<string, string> = { firms: 'companies', companies: 'firms' };
const COLLECTIVE = new RegExp(`(?<![\\p{L}-])(${KINDS})(${HEADS})(?![\\p{L}-])`, 'giu');
/** The industry referred back to: the collective named last before it. */
const INDUSTRY = /\b(?:the|this|our)\s+(?:whole\s+|wider\s+)?(sector|industry)\b/gi;
/**
 * A party, as itself ("the Conservatives", "Labour") or by what it owns ("Conservative proposals",
 * "Labour's plans"). The adjective before a person ("Labour MP", "Tory peer") names the person, not the party.
 */
const PARTY = /(?<![\p{L}])(?:(Conservatives|Tories|Labour|Liberal Democrats|Lib Dems|SNP|Plaid Cymru|Greens|Green Party|Reform UK)(?:[’']s?)?(?![\p{L}])(?!\s+(?:MPs?|peers?|leaders?|councillors?|candidates?|spokes(?:man|woman|person)|sources?|ministers?|members?|politicians?|activists?|voters|supporters|-run|-led|council|government\b))|(Conservative|Tory|Labour|Liberal Democrat|Lib Dem)(?:[’']s)?\s+(?:party|Party|proposals|plans|policies|policy|manifesto|cuts|pledges?|promises|reforms))(?![\p{L}])/gu;

/** A party's families of names, and the name to give it: the fullest the text uses ("Conservative Party" where it says so). */
const PARTY_FAMILIES: { family: RegExp; plural: string; party: string }[] = [
  { family: /^(?:Conservatives?|Tor(?:y|ies))$/, plural: 'Conservatives', party: 'Conservative Party' },
  { family: /^Labour$/, plural: 'Labour', party: 'Labour Party' },
  { family: /^(?:Liberal Democrats?|Lib Dems?)$/, plural: 'Liberal Democrats', party: 'Liberal Democrats' },
  { family: /^SNP$/, plural: 'SNP', party: 'SNP' },
  { family: /^Plaid Cymru$/, plural: 'Plaid Cymru', party: 'Plaid Cymru' },
  { family: /^(?:Greens|Green Party)$/, plural: 'Green Party', party: 'Green Party' },
  { family: /^Reform UK$/, plural: 'Reform UK', party: 'Reform UK' },
];

/**
 * The provider an inspection judges, named with what it runs ("HSE-run residential centres", "homes run
 * by Castle Care"): a finding about those places judges who runs them.
 */
const PLACES = `(?:${['centres', 'centers', 'homes', 'services', 'hospitals', 'schools', 'prisons', 'units', 'facilities', 'wards', 'clinics'].map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;
const SINGULAR_PLACES = `(?:${['centre', 'center', 'home', 'service', 'hospital', 'school', 'prison', 'unit', 'facility', 'ward', 'clinic'].map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;
const PLACE_WORD = new RegExp(PLACES, 'u');
const PROVIDER = new RegExp(
  `(?<![\\p{L}])([A-Z][\\p{L}&]*(?:\\s+[A-Z][\\p{L}&]*){0,3})-run\\s+(?:[\\p{L}-]+\\s+){0,3}?${PLACES}\\b|\\b${PLACES}\\s+(?:which\\s+are\\s+|that\\s+are\\s+)?run\\s+by\\s+(?:the\\s+)?([A-Z][\\p{L}&]*(?:\\s+[A-Z][\\p{L}&]*){0,4})`,
  'gu',
);

/**
 * A public system as an institution ("the welfare system", "the social security system"): statements fault the
 * rules people live under as much as any body that runs them, and no body is named for it.
 */
const SYSTEM = /\b(?:the|our|this|a|its|their)\s+(?:current\s+|present\s+|existing\s+|whole\s+|entire\s+)?((?:welfare|benefits?|social\s+security|tax|criminal\s+justice|youth\s+justice|family\s+justice|justice|social\s+care|care|immigration|asylum|education|health(?:\s*care)?|pensions?|planning|prison|court|child\s+protection|legal\s+aid)\s+system)\b/gi;

/**
 * Public services by what they do ("child protection services", "maternity services", "children's services"): what an
 * inspection of a sector judges where no body is named for it, and what statements fault ("maternity services are
 * failing"). Candidates only, kept where the judging words attach (as for an industry) or as the report's subject.
 */
const SERVICES = /(?<![\p{L}-])((?:[Cc]hild\s+protection|[Cc]hildren[’']s(?:\s+social\s+care)?|[Mm]aternity|[Mm]ental\s+health|[Aa]dult\s+social\s+care|[Aa]dult\s+social|[Ss]ocial\s+care|[Ss]ocial\s+work|[Pp]robation|[Yy]outh\s+justice|[Ff]ostering|[Aa]doption|[Nn]eonatal|[Aa]mbulance|[Ff]ire\s+and\s+rescue)\s+services)(?![\p{L}-])/gu;

/** Every place the text names public services by what they do, as candidates. */
export function serviceMentions(text: string): Mention[] {
  return [...text.matchAll(SERVICES)].map((m) => {
    const name = m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    return { start: m.index!, end: m.index! + m[0].length, entity: candidate('Organisation', name), via: 'name' as const, surface: m[0] };
  });
}

/**
 * A policy or programme as what a statement judges ("welfare cuts", "the bedroom tax", "the new curriculum", "the
 * benefit cap", "the Pupil Premium Grant"): named by its kind of measure, not by any one policy's name. Common
 * nouns, so candidates only, kept where the judging words attach (as for an industry).
 */
/** What cuts cut, first letter either case ("Benefit cuts are to blame"). */
const CUT_KINDS = ['welfare', 'benefits?', 'austerity', 'spending', 'funding', 'council', 'public\\s+sector', 'public\\s+service', 'tax\\s+credit', 'legal\\s+aid', 'police', 'school', 'education', 'housing', 'social\\s+care', 'health']
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|');
const POLICY = new RegExp(
  [
    // Cuts by what they cut: "welfare cuts", "austerity cuts" ("cuts to legal aid" is the government's, targets.ts).
    String.raw`\b((?:${CUT_KINDS})\s+cuts)\b`,
    // A tax, cap, freeze or limit by its common name: "the bedroom tax", "the benefit cap", "the two-child limit".
    String.raw`\b[Tt]he\s+((?:[a-z]+(?:-[a-z]+)?\s+)(?:tax|cap|freeze|limit|levy))\b(?!\s+(?:on|of|rate|rates|year|band|bands|return|returns|system|credits?|relief|payers?|bill|bills)\b)`,
    // A curriculum or a reform programme: "the new curriculum", "the welfare reforms".
    String.raw`\b[Tt]he\s+((?:new|revised|national|current|proposed)\s+curriculum|curriculum|[a-z]+\s+reforms)\b`,
    // A named programme: capitalised words ending in what a programme is ("the Pupil Development Grant").
    String.raw`\b[Tt]he\s+((?:[A-Z][\p{L}-]+\s+){1,3}(?:Grant|Premium|Scheme|Programme|Allowance|Guarantee|Initiative|Fund))\b`,
  ].join('|'),
  'gu',
);
/** Words before "tax" and the like that make it a rate or a kind of tax, not a policy by its name ("the income tax"). */
const NOT_A_POLICY = /^(?:income|council|corporation|inheritance|capital|fuel|sales|property|road|stamp|wealth|value|price|age|upper|lower|time|speed|credit|spending|pay|wage|rent|energy|new|same|overall|total|annual|weekly)\s/;

const candidate = (label: 'Group' | 'Organisation', name: string): Entity => ({ id: `candidate:${label.toLowerCase()}:${name}`, label, name, aliases: [], roles: [], publishedBy: [] });

/** Every place the text names a collective or a party, in text order. */
export function collectiveMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(COLLECTIVE)) {
    const kind = m[1]!.trim().toLowerCase();
    const head = m[2]!.toLowerCase();
    // A bare head ("companies") after a fuller name with it ("water companies") is that collective again.
    const fuller = !kind ? [...out].reverse().find((o) => o.entity.label === 'Group' && o.entity.name.endsWith(` ${head}`)) : undefined;
    // "water firms" and "water companies" are one industry, named as the text first names it.
    const same = kind && SAME_HEAD[head] ? out.find((o) => o.entity.label === 'Group' && o.entity.name === `${kind} ${SAME_HEAD[head]}`) : undefined;
    // "Local authorities" are councils, and so are "authorities" in a text that speaks of councils: one collective.
    const councils = head === 'authorities' && (kind === 'local' || (!kind && /\b(?:councils|local authorities)\b/i.test(text)));
    const asCouncils = councils ? out.find((o) => o.entity.label === 'Group' && o.entity.name === 'councils') : undefined;
    const again = asCouncils ?? fuller ?? same;
    const name = councils ? 'councils' : `${kind ? `${kind} ` : ''}${head}`;
    out.push({ start: m.index!, end: m.index! + m[0].length, entity: again?.entity ?? candidate('Group', name), via: again ? 'alias' : 'name', surface: m[0] });
  }
  for (const m of text.matchAll(INDUSTRY)) {
    const before = [...out].reverse().find((o) => o.end <= m.index! && o.entity.label === 'Group');
    if (before) out.push({ start: m.index!, end: m.index! + m[0].length, entity: before.entity, via: 'alias', surface: m[0] });
  }
  const fullParty = (party: string) => new RegExp(`\\b${party.split(' ')[0]}\\s+[Pp]arty\\b`).test(text);
  for (const m of text.matchAll(PARTY)) {
    const word = (m[1] ?? m[2])!;
    const family = PARTY_FAMILIES.find((f) => f.family.test(word));
    if (!family) continue;
    const name = fullParty(family.party) ? family.party : family.plural;
    out.push({ start: m.index!, end: m.index! + m[0].length, entity: candidate('Organisation', name), via: 'name', surface: m[0] });
  }
  for (const m of text.matchAll(SYSTEM)) {
    const name = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ start, end: m.index! + m[0].length, entity: candidate('Organisation', name), via: 'name', surface: m[1]! });
  }
  out.push(...serviceMentions(text));
  for (const m of text.matchAll(POLICY)) {
    const words = m.slice(1).find((g) => g !== undefined)!;
    if (/(?:tax|cap|freeze|limit|levy)$/.test(words) && NOT_A_POLICY.test(words.toLowerCase())) continue;
    const start = m.index! + m[0].lastIndexOf(words);
    // A named programme keeps its capitals; a policy by its common name is written as a common noun.
    const name = m[4] ? words : words.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:current|proposed)\s+/, '');
    out.push({ start, end: start + words.length, entity: candidate('Organisation', name), via: 'name', surface: words });
  }
  const providers: { entity: Entity; place: string; end: number }[] = [];
  for (const m of text.matchAll(PROVIDER)) {
    // A sentence's first word ("Nine HSE-run centres", "The Castle Care-run homes") is not the provider's name.
    const name = (m[1] ?? m[2])!.replace(/^(?:(?:The|These|Those|All|Some|Many|Most|Several|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundreds|Dozens)\s+)+/, '');
    if (!name) continue;
    const entity = candidate('Organisation', name);
    out.push({ start: m.index!, end: m.index! + m[0].length, entity, via: 'name', surface: m[0] });
    const place = PLACE_WORD.exec(m[0])![0].toLowerCase();
    providers.push({ entity, place, end: m.index! + m[0].length });
  }
  // The places named again without their provider ("many centres are not safe", "one home in the north"):
  // the provider named last before with that kind of place runs them.
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])(${PLACES}|${SINGULAR_PLACES})(?![\\p{L}-])`, 'gu'))) {
    const word = m[0].toLowerCase();
    const provider = [...providers].reverse().find((p) => p.end <= m.index! && (p.place === word || p.place === `${word}s`));
    if (provider && !out.some((o) => o.start <= m.index! && o.end >= m.index! + m[0].length)) out.push({ start: m.index!, end: m.index! + m[0].length, entity: provider.entity, via: 'alias', surface: m[0] });
  }
  // "These councils", "the two authorities" point to councils the text lists (council-groups.ts), not to the collective;
  // councils counted ("Eleven councils", "14 of the 43 councils inspected") are the collective, where the text lists
  // none (the target stage prefers the listed ones where it does).
  const pointing = [...text.matchAll(GROUP_REFERENCE)].filter((m) => m[1] || (/^the\s/i.test(m[0]) && !/\bof\s+$/i.test(text.slice(Math.max(0, m.index! - 4), m.index!)))).map((m) => [m.index!, m.index! + m[0].length]);
  return out.filter((m) => !pointing.some(([s, e]) => s! < m.end && e! > m.start)).sort((a, b) => a.start - b.start);
}
