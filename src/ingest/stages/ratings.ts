/**
 * Ratings stage: a council named in a sentence that rates it (rated, judged, inspected …) with a grade
 * word, or listed under a heading that gives the grade. A council named without a grade the text
 * assigns gets no rating.
 */
import type { DraftRating } from '../draft.js';
import type { Gazetteer, Mention } from '../gazetteer.js';
import type { Analysis } from '../nlp.js';
import { words } from '../stance.js';
import { fold, type ArticleText } from '../text.js';

const GRADE_RE = /\b(outstanding|good|requires? improvement|required improvement|adequate|inadequate|poor|excellent(?:ly)?|performing well|failing)\b/gi;

export function findRatings(article: ArticleText, nlp: Analysis, gaz: Gazetteer, mentions: Mention[], content: (a: number, b: number) => boolean): Omit<DraftRating, never>[] {
  const text = article.text;
  const out: DraftRating[] = [];
  for (const m of mentions) {
    if (m.entity.label !== 'Council' || !content(m.start, m.end)) continue;
    const p = article.paragraphAt(m.start);
    let grade: string | undefined;
    let cue = '';
    let rule = '';
    if (p && words(p.text).length <= 4) {
      // A list item: the grade is in the heading above the list.
      for (let k = p.index - 1; k >= 0 && k >= p.index - 40; k--) {
        const h = article.paragraphs[k]!;
        if (words(h.text).length <= 4 && gaz.mentions(h.text).some((x) => x.entity.label === 'Council')) continue;
        GRADE_RE.lastIndex = 0;
        const g = GRADE_RE.exec(h.text);
        if (g) {
          grade = g[1];
          cue = h.text.slice(0, 80);
          rule = 'rating:list-heading';
        }
        break;
      }
    } else {
      const s = nlp.sentences.find((x) => x.start <= m.start && m.start < x.end);
      if (s) {
        const sentence = text.slice(s.start, s.end);
        GRADE_RE.lastIndex = 0;
        let best: RegExpExecArray | null = null;
        for (let g = GRADE_RE.exec(sentence); g; g = GRADE_RE.exec(sentence)) {
          if (!best || Math.abs(s.start + g.index - m.start) < Math.abs(s.start + best.index - m.start)) best = g;
        }
        if (best && /\b(?:rated|judged|deemed|found to be|graded|inspected|ratings?|failing|one of the councils)\b/i.test(sentence)) {
          grade = best[1];
          cue = sentence.slice(0, 120);
          rule = 'rating:sentence';
        }
      }
    }
    if (!grade) continue;
    const normal = grade.toLowerCase().replace(/^requires? improvement|required improvement$/, 'requires improvement').replace(/^excellently$/, 'excellent');
    if (out.some((r) => r.council === m.entity.id && r.grade === normal)) continue;
    out.push({
      council: m.entity.id,
      councilName: m.entity.name,
      existing: true,
      grade: normal,
      start: m.start,
      end: m.end,
      text: m.surface,
      matches: gaz.ratings.filter((r) => r.council === m.entity.id && fold(r.grade) === normal).map((r) => r.id),
      rule,
      cues: [cue],
    });
  }
  return out;
}
