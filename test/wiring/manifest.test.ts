/**
 * Wiring: manifest.yml, src/index.ts and static/ must agree, and the manifest must pass Forge's own
 * offline validation (@forge/manifest), including the trigger-scope checks.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import {
  validate, validateTriggerScopes,
} from '@forge/manifest';
import { RESOLVER_KEYS } from '../../src/contract';
import * as entry from '../../src/index';
import { MANIFEST_INCIDENT_TYPES } from '../../src/services/postmortem/incident-type';
import { defaultSettings } from '../../src/domain/metrics';

const root = path.resolve(__dirname, '../..');
const manifestPath = path.join(root, 'manifest.yml');
const manifestText = fs.readFileSync(manifestPath, 'utf8');
const manifest = parse(manifestText) as {
  modules: Record<string, Array<Record<string, unknown>>>;
  resources: Array<{ key: string; path: string }>;
  permissions: { scopes: string[] };
};

function lineOf(needle: string): number {
  return manifestText.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entryName of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entryName.name === 'node_modules' || entryName.name === 'build') continue;
    const full = path.join(dir, entryName.name);
    if (entryName.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entryName.name)) out.push(full);
  }
  return out;
}

describe('manifest.yml', () => {
  it('passes @forge/manifest validation offline', async () => {
    const result = await validate(false, manifestPath);
    const errors = (result.errors ?? []).map((e) => `${e.message} (line ${e.line})`);
    expect(errors).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('declares the scopes that its product triggers need', async () => {
    const events = manifest.modules.trigger.flatMap((t) => (t.events as Array<string | { eventType: string }>)
      .map((e) => (typeof e === 'string' ? e : e.eventType)));
    expect(events).toEqual(expect.arrayContaining(['avi:jira:updated:issue', 'avi:jira:created:issuelink']));
    for (const event of events) {
      const result = await validateTriggerScopes(event, manifest.permissions.scopes);
      expect({ event, missing: result.missingScopes }).toEqual({ event, missing: [] });
    }
  });

  it('exports every function handler from src/index.ts', () => {
    const missing = manifest.modules.function
      .map((f) => String(f.handler))
      .filter((handler) => {
        const [file, exportName] = handler.split('.');
        return file !== 'index' || typeof (entry as Record<string, unknown>)[exportName] !== 'function';
      })
      .map((handler) => `${handler} (manifest.yml line ${lineOf(handler)})`);
    expect(missing).toEqual([]);
  });

  it('points every resolver, trigger and consumer at a declared function', () => {
    const functionKeys = new Set(manifest.modules.function.map((f) => String(f.key)));
    const referenced: string[] = [];
    for (const [type, modules] of Object.entries(manifest.modules)) {
      if (type === 'function') continue;
      for (const mod of modules) {
        const fn = (mod.resolver as { function?: string } | undefined)?.function ?? (mod.function as string | undefined);
        if (fn) referenced.push(fn);
      }
    }
    expect(referenced.length).toBeGreaterThanOrEqual(6);
    expect(referenced.filter((key) => !functionKeys.has(key))).toEqual([]);
  });

  it('serves every resource from a static/<app>/build folder that has a source app', () => {
    for (const resource of manifest.resources) {
      expect(resource.path).toMatch(/^static\/[a-z-]+\/build$/);
      const app = path.join(root, path.dirname(resource.path));
      expect(fs.existsSync(path.join(app, 'index.html'))).toBe(true);
    }
  });

  it('shows the panel and the context on the incident types the server accepts without asking, Jira Service Management\'s included', () => {
    for (const type of ['jira:issuePanel', 'jira:issueContext']) {
      for (const module of manifest.modules[type]) {
        expect((module.displayConditions as { issueType: string[] }).issueType).toEqual([...MANIFEST_INCIDENT_TYPES]);
      }
    }
  });

  it('lets through to the metrics-changes trigger the issue types a project without saved settings counts', () => {
    const module = manifest.modules.trigger.find((t) => t.key === 'metrics-changes');
    const defaults = defaultSettings();
    const filtered = (module?.events as Array<{ eventType: string; filter?: { expression?: string } }>).filter((e) => e.filter?.expression);
    expect(filtered.map((e) => e.eventType)).toEqual(['avi:jira:created:issue', 'avi:jira:updated:issue']);
    for (const entry of filtered) {
      const types = /\[([^\]]*)\]\.includes\(event\.issue\.fields\?\.issuetype\?\.name\)/.exec(entry.filter?.expression ?? '')?.[1];
      expect(types?.split(',').map((t) => t.trim().replace(/^'|'$/g, ''))).toEqual([...defaults.defectIssueTypes, ...defaults.incidentIssueTypes]);
    }
  });

  it('runs on nodejs22.x', () => {
    expect(manifestText).toMatch(/runtime:\s*\n\s*name: nodejs22\.x/);
  });
});

describe('invoke keys', () => {
  it('every key that static/ invokes is a resolver key of the contract', () => {
    const used = new Map<string, string>();
    for (const file of walk(path.join(root, 'static'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:invoke(?:Resolver)?|useInvoke)(?:<[^>]*>)?\(\s*['"]([A-Za-z]+)['"]/g)) {
        used.set(m[1], path.relative(root, file));
      }
    }
    const unknown = [...used].filter(([key]) => !(RESOLVER_KEYS as readonly string[]).includes(key)).map(([k, f]) => `${k} in ${f}`);
    expect(unknown).toEqual([]);
  });
});
