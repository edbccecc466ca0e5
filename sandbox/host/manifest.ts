/**
 * Reads manifest.yml the way the Forge platform does for the local host: which module a UI call
 * belongs to, which function (and so which exported handler) runs it, which static resource a
 * module shows, and which triggers, schedules and queue consumers exist. The host never hard-codes
 * a module key; everything it runs is looked up here.
 * https://developer.atlassian.com/platform/forge/manifest-reference/
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PropertyIndexValue, PropertyValueType } from '../emulator/model';

export interface ManifestFunction {
  key: string;
  /** "<file>.<export>", e.g. "index.resolver" for src/index.ts's `resolver`. */
  handler: string;
  timeoutSeconds?: number;
}

/** A `trigger` module's `filter` (on the module, or on one entry of its `events`). */
export interface ProductEventFilter {
  /** Jira events the app's own requests caused are not delivered. */
  ignoreSelf?: boolean;
  expression?: string;
  onError?: string;
}

/** An entry of a trigger's `events`: the event type, or the type with its own filter. */
export type ManifestEventEntry = string | { eventType: string; filter?: ProductEventFilter };

/** Any entry under `modules:`, tagged with its module type (e.g. "jira:issuePanel"). */
export interface ManifestModule {
  type: string;
  key: string;
  resource?: string;
  resolver?: { function?: string; method?: string };
  function?: string;
  title?: string;
  description?: string;
  icon?: string;
  thumbnail?: string;
  displayConditions?: { issueType?: string | string[]; [k: string]: unknown };
  edit?: { resource?: string };
  events?: ManifestEventEntry[];
  filter?: ProductEventFilter;
  queue?: string;
  interval?: string;
  [k: string]: unknown;
}

export interface ManifestResource { key: string; path: string }

export interface EntityIndexDefinition { name: string; range: string; partition: string[] }
export type EntityAttributeType = 'string' | 'boolean' | 'float' | 'integer' | 'any';
export interface EntityDefinition { name: string; indexes: EntityIndexDefinition[]; attributes: Record<string, EntityAttributeType> }

export interface ForgeManifest {
  /** The app's id without the ARI prefix, as Forge's runtime reports it. */
  appId: string;
  modules: ManifestModule[];
  functions: Map<string, ManifestFunction>;
  resources: Map<string, ManifestResource>;
  entities: Map<string, EntityDefinition>;
  scopes: string[];
  /** `permissions.content`: the unsafe sources Custom UI may use (without CSP quotes). */
  contentPermissions: { scripts: string[]; styles: string[] };
  /** `permissions.external.fetch.backend`: the addresses the app's functions may fetch from. */
  backendEgress: string[];
  /** The module with this key, whatever its type. */
  module(key: string): ManifestModule | undefined;
  modulesOfType(type: string): ManifestModule[];
  /** The function a module runs: `resolver.function` for UI modules and consumers, `function` for triggers. */
  functionOf(module: ManifestModule): ManifestFunction | undefined;
  /** Absolute directory of a static resource's build. */
  resourceDir(resourceKey: string): string | undefined;
}

interface RawManifest {
  modules?: Record<string, Array<Record<string, unknown>>>;
  resources?: ManifestResource[];
  app?: {
    id?: string;
    storage?: { entities?: Array<{ name: string; attributes?: Record<string, { type: EntityAttributeType }>; indexes?: Array<string | { name: string; range?: string | string[]; partition?: string[] }> }> };
  };
  permissions?: {
    scopes?: string[];
    content?: { scripts?: string[]; styles?: string[] };
    external?: { fetch?: { backend?: Array<string | { address?: string; remote?: string }> } };
  };
}

function entityDefinitions(raw: RawManifest): Map<string, EntityDefinition> {
  const out = new Map<string, EntityDefinition>();
  for (const entity of raw.app?.storage?.entities ?? []) {
    const indexes = (entity.indexes ?? []).map((index) => (typeof index === 'string'
      ? { name: index, range: index, partition: [] }
      : { name: index.name, range: (Array.isArray(index.range) ? index.range[0] : index.range) ?? index.name, partition: index.partition ?? [] }));
    const attributes = Object.fromEntries(Object.entries(entity.attributes ?? {}).map(([name, a]) => [name, a.type]));
    out.set(entity.name, { name: entity.name, indexes, attributes });
  }
  return out;
}

export function parseManifest(text: string, rootDir: string): ForgeManifest {
  const raw = (parse(text) ?? {}) as RawManifest;
  const modules: ManifestModule[] = [];
  const functions = new Map<string, ManifestFunction>();
  for (const [type, entries] of Object.entries(raw.modules ?? {})) {
    for (const entry of entries ?? []) {
      if (type === 'function') {
        const fn = entry as unknown as ManifestFunction;
        functions.set(fn.key, fn);
      } else {
        modules.push({ ...(entry as Omit<ManifestModule, 'type'>), type } as ManifestModule);
      }
    }
  }
  const resources = new Map((raw.resources ?? []).map((r) => [r.key, r] as const));
  const appAri = raw.app?.id ?? '';
  const appId = appAri.replace(/^ari:cloud:ecosystem::app\//, '');

  return {
    appId,
    modules,
    functions,
    resources,
    entities: entityDefinitions(raw),
    scopes: raw.permissions?.scopes ?? [],
    contentPermissions: { scripts: raw.permissions?.content?.scripts ?? [], styles: raw.permissions?.content?.styles ?? [] },
    // A plain string is the older form of an address (https://developer.atlassian.com/platform/forge/manifest-reference/permissions/).
    backendEgress: (raw.permissions?.external?.fetch?.backend ?? [])
      .flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.address ? [entry.address] : [])),
    module: (key) => modules.find((m) => m.key === key),
    modulesOfType: (type) => modules.filter((m) => m.type === type),
    functionOf: (module) => {
      const key = module.resolver?.function ?? module.function;
      return key ? functions.get(key) : undefined;
    },
    resourceDir: (resourceKey) => {
      const resource = resources.get(resourceKey);
      return resource ? path.resolve(rootDir, resource.path) : undefined;
    },
  };
}

export function loadManifest(manifestPath: string): ForgeManifest {
  return parseManifest(fs.readFileSync(manifestPath, 'utf8'), path.dirname(manifestPath));
}

/** The issue type names a module's `displayConditions.issueType` allows; empty means no condition. */
export function displayIssueTypes(module: ManifestModule): string[] {
  const condition = module.displayConditions?.issueType;
  if (condition === undefined) return [];
  return Array.isArray(condition) ? condition : [condition];
}

/** `resource:panel;icon.svg` -> { resource: 'panel', file: 'icon.svg' }; other values (URLs) -> null. */
export function resourceReference(value: string | undefined): { resource: string; file: string } | null {
  const match = /^resource:([^;]+);(.+)$/.exec(value ?? '');
  return match ? { resource: match[1], file: match[2] } : null;
}

const PROPERTY_VALUE_TYPES: readonly PropertyValueType[] = ['number', 'string', 'text', 'user', 'date'];

/**
 * The issue property paths the manifest's `jira:entityProperty` modules index, as Jira installs them
 * with the app (entity type `issue`, the default). Jira allows 30 values across all modules.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-entity-property/
 */
export function issuePropertyIndex(manifest: ForgeManifest): PropertyIndexValue[] {
  const values: PropertyIndexValue[] = [];
  for (const module of manifest.modulesOfType('jira:entityProperty')) {
    if ((module.entityType ?? 'issue') !== 'issue' || typeof module.propertyKey !== 'string') continue;
    for (const raw of (module.values ?? []) as Array<{ path?: unknown; type?: unknown; searchAlias?: unknown }>) {
      const type = String(raw.type ?? '').toLowerCase() as PropertyValueType;
      if (typeof raw.path !== 'string' || !PROPERTY_VALUE_TYPES.includes(type)) {
        throw new Error(`manifest.yml: jira:entityProperty '${module.key}' has a value without a path or with an unknown type (${String(raw.type)})`);
      }
      values.push({
        propertyKey: module.propertyKey, path: raw.path, type,
        ...(typeof raw.searchAlias === 'string' ? { searchAlias: raw.searchAlias } : {}),
      });
    }
  }
  if (values.length > 30) throw new Error(`manifest.yml indexes ${values.length} entity property values; Jira allows 30 across all jira:entityProperty modules`);
  return values;
}
