/**
 * Dependencies point one way (DESIGN.md section 6): resolvers → services → (domain, jira). The domain
 * is pure, only src/jira knows Jira's URLs and calls requestJira, and static/ reaches the backend
 * only through the contract (and pure domain modules for labels and rules).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'build') continue;
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourcesUnder(rel));
    else if (/\.tsx?$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** Every module specifier a file imports or re-exports, resolved to a repo path when relative. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers.map((s) => (s.startsWith('.') ? path.join(path.dirname(file), s) : s));
}

const violations = (files: string[], bad: (file: string, target: string) => boolean) =>
  files.flatMap((file) => importsOf(file).filter((target) => bad(file, target)).map((target) => `${file} imports ${target}`));

describe('layers', () => {
  it('keeps src/domain pure: no @forge package and nothing of the project outside the domain', () => {
    const files = sourcesUnder('src/domain');
    expect(files.length).toBeGreaterThan(20);
    expect(violations(files, (_f, t) => t.startsWith('@forge/') || (t.startsWith('src/') && !t.startsWith('src/domain/')))).toEqual([]);
  });

  it('lets only src/jira call requestJira or build Jira routes', () => {
    const outside = sourcesUnder('src').filter((f) => !f.startsWith('src/jira/'));
    const offenders = outside.filter((f) => /requestJira\s*\(|\broute`/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps src/jira below the services and resolvers', () => {
    expect(violations(sourcesUnder('src/jira'), (_f, t) => /^src\/(services|resolvers|entry)\//.test(t))).toEqual([]);
  });

  it('keeps the services below the resolvers and entry points', () => {
    expect(violations(sourcesUnder('src/services'), (_f, t) => /^src\/(resolvers|entry)\//.test(t))).toEqual([]);
  });

  it('lets static/ reach src/ only through the contract and the pure domain', () => {
    const files = sourcesUnder('static');
    expect(files.length).toBeGreaterThan(10);
    expect(violations(files, (_f, t) => t.startsWith('src/') && !/^src\/(contract|contracts\/|domain\/)/.test(t))).toEqual([]);
    expect(violations(files, (_f, t) => t === '@forge/api' || t === '@forge/kvs' || t === '@forge/resolver')).toEqual([]);
  });
});
