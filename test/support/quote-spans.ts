/**
 * Finds the spans inside quotation marks in a text, in code points, as a
 * reader would: “…”, ‘…’, "…" and '…'. A ’ or ' between two letters is an
 * apostrophe (children’s, don't), not a closing mark. A mark still open at
 * the end of a paragraph closes there (quoted speech that runs on over
 * several paragraphs reopens each one). Sources mix typographic and straight
 * marks, so “ may close with ".
 */
export interface QuoteSpan {
  /** First code point inside the marks. */
  start: number;
  /** One past the last code point inside the marks. */
  end: number;
  text: string;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

export function findQuoteSpans(text: string): QuoteSpan[] {
  const cps = Array.from(text);
  const spans: QuoteSpan[] = [];
  let open: { mark: string; start: number } | null = null;
  const close = (end: number) => {
    if (open && end > open.start) spans.push({ start: open.start, end, text: cps.slice(open.start, end).join('') });
    open = null;
  };
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    const before = cps[i - 1];
    const after = cps[i + 1];
    if (ch === '\n') {
      // Closed by the paragraph's end: trailing spaces (non-breaking ones too) are not quoted words.
      let end = i;
      while (end > 0 && /\s/u.test(cps[end - 1])) end--;
      if (open) close(end);
      continue;
    }
    if (!open) {
      if (ch === '“' || ch === '‘' || ch === '"') open = { mark: ch, start: i + 1 };
      else if (ch === "'" && !isLetter(before) && isLetter(after)) open = { mark: ch, start: i + 1 };
      continue;
    }
    const apostrophe = isLetter(before) && isLetter(after);
    if (open.mark === '“' && (ch === '”' || ch === '"')) close(i);
    else if (open.mark === '‘' && ch === '’' && !apostrophe) close(i);
    else if (open.mark === '"' && ch === '"') close(i);
    else if (open.mark === "'" && ch === "'" && !apostrophe) close(i);
    else if (open.mark !== '“' && ch === '“') {
      // A double quote opening inside an unclosed single one: the single was an apostrophe after all.
      open = { mark: ch, start: i + 1 };
    }
  }
  if (open) close(cps.length);
  return spans;
}
