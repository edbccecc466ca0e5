/**
 * A copy of the real manifest.yml with test-specific changes (storage entities, resources pointing
 * at fixture builds), written to a temporary directory for a host to load.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';

export const ROOT_MANIFEST = path.resolve(__dirname, '../../manifest.yml');

export interface ManifestVariant {
  path: string;
  dir: string;
  remove(): void;
}

export type RawManifest = {
  app: Record<string, unknown>;
  resources: Array<{ key: string; path: string }>;
  modules: Record<string, Array<Record<string, unknown>>>;
};

export function manifestVariant(change: (manifest: RawManifest, dir: string) => void): ManifestVariant {
  const manifest = parse(fs.readFileSync(ROOT_MANIFEST, 'utf8')) as RawManifest;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-manifest-'));
  change(manifest, dir);
  const file = path.join(dir, 'manifest.yml');
  fs.writeFileSync(file, stringify(manifest));
  return { path: file, dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
