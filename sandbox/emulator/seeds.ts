/**
 * The two starting points of the emulated site: "empty" (the demo site's configuration from
 * ../seed/base.ts, no issues) and "demo" (the same plus ../seed/demo.ts's issues, imported).
 */
import {
  APP_USER, ISSUE_TYPES, LINK_TYPES, PRIORITIES, RESOLUTIONS, STATUS, STATUSES, STATUS_CATEGORIES,
  TRANSITIONS, USERS, opsProject, qaProject,
} from '../seed/base';
import { demoIssues } from '../seed/demo';
import type { ImportIssue } from './import-format';
import type { SiteConfig } from './site-config';

export type SeedName = 'demo' | 'empty';

export const SEED_NAMES: readonly SeedName[] = ['demo', 'empty'];

export function isSeedName(value: unknown): value is SeedName {
  return typeof value === 'string' && (SEED_NAMES as readonly string[]).includes(value);
}

/** A fresh copy of the demo site's configuration (fresh so that one emulator's changes never leak into another). */
export function baseSite(now: Date): SiteConfig {
  const mediumPriority = PRIORITIES.find((p) => p.name === 'Medium') ?? PRIORITIES[0];
  const doneResolution = RESOLUTIONS.find((r) => r.name === 'Done') ?? RESOLUTIONS[0];
  return structuredClone({
    users: [...Object.values(USERS), APP_USER],
    statusCategories: STATUS_CATEGORIES,
    statuses: STATUSES,
    transitions: TRANSITIONS,
    initialStatusId: STATUS.todo,
    issueTypes: ISSUE_TYPES,
    priorities: PRIORITIES,
    defaultPriorityId: mediumPriority.id,
    resolutions: RESOLUTIONS,
    defaultResolutionId: doneResolution.id,
    linkTypes: LINK_TYPES,
    projects: [qaProject(now), opsProject()],
  });
}

/** The issues a seed imports on top of the base site. */
export function seedIssues(seed: SeedName, now: Date): ImportIssue[] {
  return seed === 'demo' ? demoIssues(now) : [];
}
