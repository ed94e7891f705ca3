// How a zod failure is told to people: one line per problem, naming the field. Shared by every schema
// (settings, policy, model manifests, IPC events) so that messages read the same everywhere.
import type * as z from 'zod/mini';

/**
 * "account.websocketServer: must be a wss:// URL ..." — one line per problem, naming the field.
 * @param keyNoun what an unexpected key is called in the message ("unknown setting "foo"").
 */
export function describeIssues(error: { issues: readonly z.core.$ZodIssue[] }, keyNoun = 'setting'): string[] {
  return error.issues.map((i) => {
    const where = i.path.length ? i.path.join('.') : '(root)';
    if (i.code === 'unrecognized_keys') return `${where}: unknown ${keyNoun} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    return `${where}: ${i.message}`;
  });
}
