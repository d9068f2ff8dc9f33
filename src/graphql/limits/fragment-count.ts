/**
 * How many fragments a document defines, read from its tokens without parsing it. graphql-js's validation
 * compares nested fragment spreads pairwise (OverlappingFieldsCanBeMerged), so its time grows with the square
 * of a chain of fragments; Apollo validates before any plugin can refuse a document with a 4xx, so the HTTP
 * layer counts fragments first. Lexing is the cheapest part of reading a document and stops at the token
 * limit, past which Apollo refuses the document anyway.
 */
import { Lexer, Source, TokenKind } from 'graphql';

export function countFragmentDefinitions(query: string, maxTokens: number): number {
  // Most documents have no fragments: they are not lexed twice (Apollo's own parse is cached per query text, this is not).
  if (!query.includes('fragment')) return 0;
  const lexer = new Lexer(new Source(query));
  let depth = 0;
  let fragments = 0;
  try {
    for (let tokens = 0; tokens <= maxTokens; tokens++) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) break;
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.PAREN_L || token.kind === TokenKind.BRACKET_L) depth++;
      else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.PAREN_R || token.kind === TokenKind.BRACKET_R) depth--;
      // At the top level, `fragment` can only begin a fragment definition.
      else if (depth === 0 && token.kind === TokenKind.NAME && token.value === 'fragment') fragments++;
    }
  } catch {
    // A syntax error: Apollo's parser reports it, with its location.
  }
  return fragments;
}
