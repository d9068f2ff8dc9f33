/**
 * Bad input named by its field before anything is sent, with the server's own paths
 * (`draft.newClaims.0.values.0.unit`), so the page's checks and the server's BAD_USER_INPUT problems land
 * on the same fields. A path indexes the draft commitArticle receives (rejected statements left out);
 * `fieldKey` turns it into the key the page's fields carry (`data-field`), which names a record by id
 * (`statements|<id>|speaker`), so it survives the indices shifting.
 */
import type { ArticleInput, Draft } from './draft.js';
import type { Problem } from './api.js';

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

export function checkReview(input: ArticleInput, draft: Draft): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (blank(input.title)) add('source.title', 'an article needs a title');
  const points = Array.from(input.text);
  const newIds = new Set([...draft.newActors.map((a) => a.id), ...(draft.newReports ?? []).map((r) => r.id), ...(draft.newFrameworks ?? []).map((f) => f.id)]);
  const claimIds = new Set((draft.newClaims ?? []).map((c) => c.id));

  draft.statements.forEach((s, i) => {
    const at = `draft.statements.${i}`;
    if (!(s.start >= 0 && s.end > s.start && s.end <= points.length) || points.slice(s.start, s.end).join('') !== s.text) add(`${at}.start`, `the words are not the article's characters [${s.start}, ${s.end})`);
    if (blank(s.speaker.id)) add(`${at}.speaker`, 'who said it? choose a speaker, or make a new one');
    else if (!s.speaker.existing && !newIds.has(s.speaker.id)) add(`${at}.speaker`, `${s.speaker.id} is neither in the graph nor new in this draft`);
    for (const [list, name] of [[s.asserts, 'asserts'], [s.disputes, 'disputes']] as const) {
      list.forEach((c, j) => {
        if (blank(c)) add(`${at}.${name}.${j}`, 'an empty claim id');
      });
    }
  });
  draft.newActors.forEach((a, i) => {
    if (blank(a.name)) add(`draft.newActors.${i}.name`, `a new ${a.label.toLowerCase()} needs a name`);
    if (a.role && blank(a.role.title)) add(`draft.newActors.${i}.role.title`, 'a role needs a title');
  });
  (draft.newReports ?? []).forEach((r, i) => {
    if (blank(r.title)) add(`draft.newReports.${i}.title`, 'a new report needs a title');
  });
  (draft.newFrameworks ?? []).forEach((f, i) => {
    if (blank(f.name)) add(`draft.newFrameworks.${i}.name`, 'a new framework needs a name');
  });
  (draft.newClaims ?? []).forEach((c, i) => {
    const at = `draft.newClaims.${i}`;
    if (blank(c.text)) add(`${at}.text`, 'a claim needs its proposition in words');
    if (c.kind === 'statistic' && !c.values?.length) add(`${at}.values`, 'a statistic needs at least one number');
    (c.values ?? []).forEach((v, j) => {
      if (typeof v.value !== 'number' || !Number.isFinite(v.value)) add(`${at}.values.${j}.value`, 'not a number');
      if (blank(v.unit)) add(`${at}.values.${j}.unit`, 'a number needs its unit (%, councils, £m, …)');
    });
  });
  draft.claims.forEach((found, i) => {
    if (found.claim && !found.matches.includes(found.claim) && !claimIds.has(found.claim)) add(`draft.claims.${i}.claim`, `${found.claim} is neither a match nor a new claim`);
  });
  (draft.newRatings ?? []).forEach((r, i) => {
    const at = `draft.newRatings.${i}`;
    if (blank(r.council)) add(`${at}.council`, 'which council was rated?');
    if (blank(r.grade)) add(`${at}.grade`, 'a rating needs its grade');
    if (blank(r.rater)) add(`${at}.rater`, 'who gave the grade? (the inspectorate: an organisation id)');
  });
  return problems;
}

const ARTICLE_FIELDS = ['text', 'title', 'publisher', 'author', 'date', 'url'];

/** Collections whose records have ids; the others (`claims`, `ratings`: numbers and grades found in the text) keep their index. */
const BY_ID = ['statements', 'newActors', 'newReports', 'newFrameworks', 'newClaims', 'newRatings'] as const;

/** The key of the page's field a problem's path names (`statements|<id>|speaker`; ids hold colons, hence the bars), or null when it names none. */
export function fieldKey(path: string, draft: Draft | null): string | null {
  const parts = path.replace(/ › /g, '.').split('.').filter(Boolean);
  if (parts[0] === 'source' && parts[1]) return `source|${parts[1]}`;
  // proposeArticle names the article's fields bare (`url`), as its argument's own.
  if (parts.length === 1 && ARTICLE_FIELDS.includes(parts[0]!)) return `source|${parts[0]}`;
  if (parts[0] !== 'draft' || !parts[1] || !draft) return null;
  const [, collection, index, ...rest] = parts;
  const list = (draft as unknown as Record<string, { id?: string }[] | undefined>)[collection!];
  if (!Array.isArray(list) || index === undefined) return collection!;
  const record = (BY_ID as readonly string[]).includes(collection!) ? list[Number(index)]?.id : index;
  if (record === undefined) return null;
  return [collection, record, ...(rest.length ? [rest.join('.')] : [])].join('|');
}

/** The field for a key: the exact one, else the nearest that holds it (values.0.unit, values.0, values, the record, the collection). */
export function fieldFor(root: ParentNode, key: string): HTMLElement | null {
  const [collection, record, path] = key.split('|');
  const candidates: string[] = [];
  if (path !== undefined) {
    const segments = path.split('.');
    for (let m = segments.length; m > 0; m--) candidates.push(`${collection}|${record}|${segments.slice(0, m).join('.')}`);
  }
  if (record !== undefined) candidates.push(`${collection}|${record}`);
  candidates.push(collection!);
  for (const candidate of candidates) {
    const element = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(candidate)}"]`);
    if (element) return element;
  }
  return null;
}
