/**
 * Target-resolution stage, which country's government a text means. The graph's government is the UK's
 * (HM Government); an article about another country ("the Irish Government", "the State" in a text that
 * speaks of the Taoiseach and the Dáil) answers a report with that country's government, and a devolved
 * government ("the Scottish Government") is not Whitehall either. Each place the text names a government is
 * read in two steps:
 *
 * - qualified: a demonym or a country's name next to the word ("the Irish Government", "France's
 *   government", "the Government of Ireland") names that country's; "UK", "British", "HM" name the UK's;
 * - unqualified ("the Government", "ministers", and "the State" as a body): the country the article is about,
 *   when the text speaks of one other country more than of the UK (its names, demonyms, offices and
 *   institutions: `COUNTRIES`); else the UK's, which is the default, and the graph's.
 *
 * Plain text in; out, the country and the name to propose ("Government of Ireland", "Scottish Government").
 */

interface Country {
  /** The name of the government to propose. */
  government: string;
  /** Its name and demonym as they qualify "government" ("Irish", "Ireland"). */
  qualifiers: RegExp;
  /** What else says a text is about it: offices and institutions only this country has. */
  cues: RegExp;
}

/** Devolved governments have no cues of their own: never the article's country by default. */
const NONE = /(?!)/g;
// "Northern Ireland" is the UK's, so Ireland's names must not be preceded by "Northern".
const COUNTRIES: Country[] = [
  { government: 'Government of Ireland', qualifiers: /(?<!Northern\s)\b(?:Irish|Ireland(?:[’']s)?)$/, cues: /(?<!Northern\s)\b(?:Ireland|Irish)\b|\b(?:Taoiseach|Tánaiste|Tanaiste|Dáil|Dail Éireann|Oireachtas|Seanad|Gardaí|Garda Síochána|TDs?)\b/g },
  { government: 'Government of France', qualifiers: /\b(?:French|France(?:[’']s)?)$/, cues: /\b(?:France|French|Élysée|Elysee|Assemblée nationale)\b/g },
  { government: 'Government of Germany', qualifiers: /\b(?:German|Germany(?:[’']s)?)$/, cues: /\b(?:Germany|German|Bundestag|Chancellor Merkel|Berlin)\b/g },
  { government: 'Government of the United States', qualifiers: /\b(?:US|U\.S\.|American|United States(?:[’']s)?|America(?:[’']s)?)$/, cues: /\b(?:United States|U\.S\.|US|American|White House|Congress|Senate)\b/g },
  { government: 'Government of Canada', qualifiers: /\b(?:Canadian|Canada(?:[’']s)?)$/, cues: /\b(?:Canada|Canadian|Ottawa)\b/g },
  { government: 'Government of Australia', qualifiers: /\b(?:Australian|Australia(?:[’']s)?)$/, cues: /\b(?:Australia|Australian|Canberra)\b/g },
  { government: 'Government of New Zealand', qualifiers: /\b(?:New Zealand(?:[’']s)?)$/, cues: /\b(?:New Zealand|Wellington)\b/g },
  { government: 'Government of India', qualifiers: /\b(?:Indian|India(?:[’']s)?)$/, cues: /\b(?:India|Indian|New Delhi|Lok Sabha)\b/g },
  { government: 'Government of China', qualifiers: /\b(?:Chinese|China(?:[’']s)?)$/, cues: /\b(?:China|Chinese|Beijing)\b/g },
  { government: 'Government of Russia', qualifiers: /\b(?:Russian|Russia(?:[’']s)?)$/, cues: /\b(?:Russia|Russian|Kremlin|Moscow)\b/g },
  { government: 'Government of Spain', qualifiers: /\b(?:Spanish|Spain(?:[’']s)?)$/, cues: /\b(?:Spain|Spanish|Madrid)\b/g },
  { government: 'Government of Israel', qualifiers: /\b(?:Israeli|Israel(?:[’']s)?)$/, cues: /\b(?:Israel|Israeli|Knesset)\b/g },
  // Devolved governments: named only where the text qualifies the word; an unqualified "the Government" in a
  // Scottish or Welsh text is as often Westminster's.
  { government: 'Scottish Government', qualifiers: /\b(?:Scottish|Scotland(?:[’']s)?|Holyrood)$/, cues: NONE },
  { government: 'Welsh Government', qualifiers: /\b(?:Welsh|Wales(?:[’']s)?|Cardiff)$/, cues: NONE },
];
/** What says a text is about the UK, against which another country's cues are weighed. */
const UK_CUES = /\b(?:UK|U\.K\.|United Kingdom|Britain|British|England|English|Westminster|Whitehall|Downing Street|House of Commons|Commons|Northern Ireland|NHS|MPs?)\b/g;
/** A qualifier that names the UK's government ("UK Government", "HM Government", "the British government"). */
const UK_QUALIFIER = /\b(?:UK|U\.K\.|HM|Her Majesty[’']s|His Majesty[’']s|British|Westminster|Britain[’']s|Northern Ireland)$/;
/** "the Government of Ireland", "the government in Dublin": a country named after the word. */
const OF_COUNTRY = /^\s+(?:of|in)\s+(?:the\s+)?([A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}]*)?)/u;

const count = (re: RegExp, text: string) => [...text.matchAll(re)].length;

/**
 * Reads a text once; `at(start, end)` says whose government the words there name: a country's
 * `government` name, or undefined for the UK's (the graph's).
 */
export function countryGovernments(text: string): { at(start: number, end: number): string | undefined; country: string | undefined } {
  const uk = count(UK_CUES, text);
  // The article's country: the other country the text speaks of most, if it speaks of it more than of the UK (and twice at least).
  const ranked = COUNTRIES.map((c) => ({ c, n: count(c.cues, text) })).sort((a, b) => b.n - a.n);
  const country = ranked[0] && ranked[0].n >= 2 && ranked[0].n > uk && (ranked[1]?.n ?? 0) < ranked[0].n ? ranked[0].c.government : undefined;
  return {
    country,
    at(start, end) {
      const before = text.slice(Math.max(0, start - 30), start).replace(/\s+$/, '').replace(/\b(?:the|The)$/, '').replace(/\s+$/, '');
      if (UK_QUALIFIER.test(before)) return undefined;
      const qualified = COUNTRIES.find((c) => c.qualifiers.test(before));
      if (qualified) return qualified.government;
      const of = OF_COUNTRY.exec(text.slice(end, end + 40));
      const named = of ? COUNTRIES.find((c) => c.qualifiers.test(of[1]!)) : undefined;
      if (named) return named.government;
      if (of && UK_QUALIFIER.test(of[1]!)) return undefined;
      return country;
    },
  };
}

/** "the State" as a body ("the State failed them", "the State's duty"), not "the state of", "state pension", "a state school". */
export const THE_STATE = /\b[Tt]he State\b(?!\s+(?:of|pension|school|sector|Department|Opening)\b)(?:[’']s)?/g;
