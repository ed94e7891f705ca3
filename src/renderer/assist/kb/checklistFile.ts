// The call script's checklist from the knowledge base: a file named checklist.json, a JSON array of
// items such as {"id": "greeting", "label": "Greeting", "phrases": ["thank you for calling Acme"]},
// checked like the checklist admin policy can set (which wins over this one).
import { scriptItemSchema, type ScriptItem } from '../../../shared/settings/schema';
import { parseJsonArray } from './jsonArray';
import type { ImportError } from './types';

export const MAX_CHECKLIST_ITEMS = 20;

export function isChecklistFile(name: string): boolean {
  return /(^|\/)checklist\.json$/i.test(name);
}

export function parseChecklist(file: string, text: string, errors: ImportError[]): ScriptItem[] {
  const array = parseJsonArray(file, text, errors, 'must be a JSON array of checklist items, e.g. [{"id": "greeting", "label": "Greeting", "phrases": ["thank you for calling"]}]');
  if (!array) return [];
  if (array.items.length > MAX_CHECKLIST_ITEMS) errors.push({ file, line: array.items[MAX_CHECKLIST_ITEMS]!.line, message: `must have ${MAX_CHECKLIST_ITEMS} items or fewer` });
  const items: ScriptItem[] = [];
  const ids = new Map<string, number | undefined>();
  array.items.forEach(({ value, index, line }) => {
    const parsed = scriptItemSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, line, row: index, field: issue.path.join('.') || undefined, message: issue.message });
      return;
    }
    const first = ids.get(parsed.data.id);
    if (ids.has(parsed.data.id)) {
      errors.push({ file, line, row: index, field: 'id', message: `"${parsed.data.id}" is already used${first ? ` on line ${first}` : ''}` });
      return;
    }
    ids.set(parsed.data.id, line);
    items.push(parsed.data);
  });
  return items;
}
