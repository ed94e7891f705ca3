// Model manifests (parsed in src/shared/models/manifest.ts, which main uses too) and the SHA-256 that checks
// each downloaded file against them.
export { ManifestError, parseManifest, type ManifestFile, type ModelManifest } from '../../shared/models/manifest';

export async function sha256Hex(data: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
