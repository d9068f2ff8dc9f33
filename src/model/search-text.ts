/**
 * The words a node is found by. Both stores index this one normalised
 * string with a plain whitespace tokenizer, so they find the same hits for
 * the same terms: case, accents, apostrophes and punctuation are folded here,
 * once, rather than by two different analysers.
 */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]s\b/g, '')
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

export function searchTextOf(values: unknown[]): string {
  const words: string[] = [];
  for (const value of values) {
    if (typeof value === 'string') words.push(...normaliseWords(value));
    else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') words.push(...normaliseWords(item));
  }
  return words.join(' ');
}
