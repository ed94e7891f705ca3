// A model's manifest (manifest.json next to its files): what to download and how to check it, and on the
// desktop the only files main serves from a model folder (src/main/models/modelFiles.ts).
// Written by scripts/make-caption-model.py for the fixture, and by whoever publishes a model.
import * as z from 'zod/mini';
import { describeIssues } from '../describeIssues';

const safePath = (p: string) => !p.startsWith('/') && !p.split('/').some((s) => s === '..' || s === '' || s === '.') && !p.includes('\\');

const fileSchema = z.object({
  path: z.string('must be text').check(z.minLength(1, 'is required'), z.refine(safePath, 'must be a relative path inside the model folder')),
  size: z.number('must be a number').check(z.int('must be a whole number'), z.minimum(0, 'must not be negative')),
  sha256: z.string('must be text').check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
});

const manifestSchema = z.object({
  manifestVersion: z.literal(1, 'must be 1'),
  id: z.string('must be text').check(z.minLength(1, 'is required')),
  architecture: z.optional(z.string('must be text')),
  languages: z.optional(z.array(z.string('must be text'))),
  files: z.array(fileSchema, 'must be a list of files').check(z.minLength(1, 'must list at least one file')),
});

export type ModelManifest = z.infer<typeof manifestSchema>;
export type ManifestFile = ModelManifest['files'][number];

export class ManifestError extends Error {
  constructor(
    readonly source: string,
    readonly issues: string[],
  ) {
    super(`Model manifest ${source} is not valid: ${issues.join('; ')}`);
    this.name = 'ManifestError';
  }
}

/** Parses manifest JSON text; every problem is named with its field. */
export function parseManifest(text: string, source: string, expectedId?: string): ModelManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ManifestError(source, [`not JSON (${e instanceof Error ? e.message : String(e)})`]);
  }
  const result = manifestSchema.safeParse(raw);
  if (!result.success) throw new ManifestError(source, describeIssues(result.error));
  const m = result.data;
  const issues: string[] = [];
  if (expectedId !== undefined && m.id !== expectedId) issues.push(`id: is "${m.id}", expected "${expectedId}"`);
  const seen = new Set<string>();
  m.files.forEach((f, i) => {
    if (seen.has(f.path)) issues.push(`files.${i}.path: "${f.path}" is listed twice`);
    seen.add(f.path);
  });
  if (!seen.has('config.json')) issues.push('files: must include config.json');
  if (issues.length) throw new ManifestError(source, issues);
  return m;
}
