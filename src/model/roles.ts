/**
 * Role titles are common nouns ("president", "chief executive"): written in lower case, so that the same
 * role read from a headline ("President") and from a sentence ("president") is one title. Words written
 * in capitals or with a capital inside ("HM", "ADCS", "McDonald") are names or acronyms and keep their case.
 */
export function normaliseRoleTitle(title: string): string {
  return title
    .trim()
    .replace(/\s+/g, ' ')
    .split(' ')
    .map((word) => (/^[\p{Lu}][\p{Ll}’'-]*$/u.test(word) ? word.toLowerCase() : word))
    .join(' ');
}
