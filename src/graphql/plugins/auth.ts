/**
 * Who may do what: mutations need a key that may write; queries are open
 * unless CHORUS_READS_REQUIRE_KEY is set; a wrong key, or a key sent
 * anywhere but the Authorization header, is refused on any operation.
 * Checked once per operation, before anything runs.
 */
import { GraphQLError } from 'graphql';
import type { AdmissionCheck } from './admission.js';

const refuse = (message: string, code: 'UNAUTHENTICATED' | 'FORBIDDEN') =>
  new GraphQLError(message, { extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } } });

export function authCheck(options: { readsRequireKey: boolean }): AdmissionCheck {
  return ({ contextValue, operation }) => {
    const { auth } = contextValue;
    if (!auth.ok) throw refuse(auth.reason, 'UNAUTHENTICATED');
    const principal = auth.principal;
    if (operation?.operation === 'mutation') {
      if (!principal) throw refuse('changes need an API key: send "Authorization: Bearer <key>"', 'UNAUTHENTICATED');
      if (principal.scope !== 'write') throw refuse(`the key "${principal.keyName}" may read but not write`, 'FORBIDDEN');
    } else if (options.readsRequireKey && !principal) {
      throw refuse('this server needs an API key for reads too: send "Authorization: Bearer <key>"', 'UNAUTHENTICATED');
    }
  };
}
