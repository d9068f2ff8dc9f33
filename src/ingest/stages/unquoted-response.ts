/**
 * Quote-spans stage, unquoted statements: a page headed "Carers Network responds to the inspectorate's
 * report" and followed by the organisation's own paragraphs, without quotation marks, is that
 * organisation's statement. Those paragraphs are its quotes (one per paragraph), up to the first
 * paragraph that quotes or reports someone else. Under "Our response to …" the speaker is the page's
 * publisher, when the caller gives it (the text does not name it). The paragraphs must speak in the first
 * person somewhere (a news report on the response does not), and a headline about many ("Councils react
 * to …") names no one.
 */
import type { Paragraph } from '../text.js';

const RESPONDS = /^\s*(.+?)\s+(?:responds?|reacts?|replies)\s+to\b/i;
/** "Our response to …", "Statement on …": the page's publisher speaks. */
const OWN_RESPONSE = /^\s*(?:our\s+)?(?:response|reaction|statement)\s+(?:to|on)\b/i;
const SAYS = /\b(?:said|says|added|according to|commented|responding to|commenting on)\b|\btold\b(?!\s+us)/i;

export interface UnquotedResponse {
  /** Who responds, as the headline names them. */
  speakerName: string;
  /** UTF-16 offsets of the headline's name in the text, when the headline is in the text. */
  nameAt?: number;
  paragraphs: Paragraph[];
}

export function findUnquotedResponse(title: string, text: string, paragraphs: Paragraph[], content: (a: number, b: number) => boolean, publisher?: string): UnquotedResponse | null {
  const m = RESPONDS.exec(title);
  const named = m && !/^(?:our|we|the government|ministers)$/i.test(m[1]!.trim()) ? m[1]!.trim() : publisher?.trim() && OWN_RESPONSE.test(title) ? publisher.trim() : null;
  if (!named) return null;
  const speakerName = named.replace(/[’']s$/, '');
  // A news headline about many ("Councils react to …", "Unions respond to …") names no one body whose page this is.
  if (!/^(?:[A-Z0-9]|\p{Lu})/u.test(speakerName) || /^[A-Z]\p{Ll}+s$/u.test(speakerName)) return null;
  const nameAt = text.indexOf(speakerName);
  const body: Paragraph[] = [];
  for (const p of paragraphs) {
    if (!content(p.start, p.end) || p.text.trim() === title.trim() || (nameAt >= 0 && p.start <= nameAt && nameAt < p.end && RESPONDS.test(p.text))) continue;
    if (/[“”"‘’]\S/.test(p.text) && /[“"]/.test(p.text)) break;
    if (SAYS.test(p.text)) break;
    // The page telling that it responds ("The Howard League has responded to …") is about the statement, not in it.
    if (p.text.includes(speakerName) || /\brespond(?:s|ed|ing)?\b/i.test(p.text)) continue;
    const words = p.text.split(/\s+/).length;
    if (words < 12 || !/[.!?]$/.test(p.text)) {
      if (body.length) break;
      continue;
    }
    body.push(p);
  }
  // The organisation's own statement speaks in its own voice ("we welcome", "our advisers"); a report about it does not.
  if (!body.some((p) => /\b(?:we|our|us)\b/i.test(p.text))) return null;
  return body.length ? { speakerName, nameAt: nameAt >= 0 ? nameAt : undefined, paragraphs: body } : null;
}
