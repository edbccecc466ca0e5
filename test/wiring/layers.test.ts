/**
 * Dependencies point one way (DESIGN.md section 6): resolvers → services → (domain, jira). The domain
 * is pure, only src/jira knows Jira's URLs, calls requestJira and reads Jira's JSON (its mappers hand
 * the services records), and static/ reaches the backend only through the contract (and pure domain
 * modules for labels and rules).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

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

/** A file parsed: its identifiers, and its code without comments (doc comments may speak of Jira's JSON; code may not). */
function parsed(text: string, fileName = 'code.ts'): { identifiers: Set<string>; code: string } {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const identifiers = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) identifiers.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { identifiers, code: ts.createPrinter({ removeComments: true }).printFile(source) };
}

/** Names of the interfaces and types a module declares. */
function typesDeclaredIn(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
}

/** Jira's JSON as src/jira declares it (shapes.ts, types.ts): no identifier outside src/jira has these names. */
const JIRA_JSON_TYPES = [...new Set([...typesDeclaredIn('src/jira/shapes.ts'), ...typesDeclaredIn('src/jira/types.ts')])];

/** Reads of Jira's JSON in code and strings (field ids): an issue's fields, links, changelog, status category, property map, avatars. */
const JIRA_JSON_READS: RegExp[] = [
  /\.fields\??\./g,
  /\bissuelinks\b/g,
  /\b(?:inwardIssue|outwardIssue)\b/g,
  /\bchangelog\??\.histories\b/g,
  /\b(?:changeHistories|issueChangeLogs)\b/g,
  /\bstatusCategory\??\.key\b/g,
  /\.properties\??\.\[/g,
  /\bavatarUrls\b/g,
];

/**
 * Identifiers outside src/jira that are also the name of one of Jira's shapes, each with why it is
 * not Jira's JSON. Keep this short: a service or the domain that needs Jira's data takes a mapper's record.
 */
const SHARED_NAMES: Record<string, string> = {};

/** What of Jira's JSON a piece of code names or reads (comments left out). */
function jiraJsonIn(text: string, fileName?: string): string[] {
  const { identifiers, code } = parsed(text, fileName);
  const names = JIRA_JSON_TYPES.filter((name) => !(name in SHARED_NAMES) && identifiers.has(name));
  const reads = JIRA_JSON_READS.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[0]));
  return [...names, ...reads];
}

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

  it('lets only src/jira name or read Jira\'s JSON: the domain and the services take the mappers\' records', () => {
    expect(JIRA_JSON_TYPES).toEqual(expect.arrayContaining(['IssueBean', 'IssueFields', 'Changelog', 'IssueLink', 'UserDetails', 'IssueTypeDetails']));
    const outside = sourcesUnder('src').filter((f) => !f.startsWith('src/jira/'));
    expect(outside.filter((f) => /^src\/(domain|services)\//.test(f)).length).toBeGreaterThan(80);
    const offenders = outside.flatMap((file) => jiraJsonIn(fs.readFileSync(path.join(root, file), 'utf8'), file).map((found) => `${file}: ${found}`));
    expect(offenders).toEqual([]);
    expect(violations(outside, (_f, t) => /^src\/jira\/(shapes|types)$/.test(t))).toEqual([]);
  });

  it('catches Jira\'s JSON in code and imports, and not in comments', () => {
    expect(jiraJsonIn('const status = issue.fields?.status?.name;')).toEqual(['.fields?.']);
    expect(jiraJsonIn("import type { IssueBean } from '../../jira';\nexport const linked = (i: IssueBean) => i.fields.issuelinks;"))
      .toEqual(['IssueBean', '.fields.', 'issuelinks']);
    expect(jiraJsonIn('const key = task.status.statusCategory?.key ?? issue.properties?.[KEY];')).toEqual(['statusCategory?.key', '.properties?.[']);
    expect(jiraJsonIn('/** Reads issue.fields?.status of an IssueBean. */\nconst status = task.status; // not changelog.histories')).toEqual([]);
    expect(jiraJsonIn("const text = 'An IssueBean in words, IssueBeans, issueLinker and fieldset are no Jira JSON';")).toEqual([]);
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
