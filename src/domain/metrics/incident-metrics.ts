/**
 * The figures the post-mortem panel shows for one incident: the defects linked to it, and the two
 * rates for the incident's components over the trailing releases, which pre-fill the "Defect
 * trends" probe (did earlier releases already leak or reopen in these components?). The links and
 * versions come as records (IncidentLink, ReleaseVersion) that src/jira/mappers/metrics.ts makes of
 * the incident's links and the project's versions.
 */
import type { MetricsSettings } from './settings';
import { calendarDayOf, isCalendarDay } from './dates';

export const TRAILING_RELEASE_COUNT = 3;

export interface LinkedDefect {
  key: string;
  summary: string;
  /** Current status name. */
  status: string;
  /** Its status category key (new, indeterminate, done), or null when Jira did not say. */
  statusCategory: 'new' | 'indeterminate' | 'done' | null;
  /** null when the defect's details were not available (for instance not visible to the user). */
  escaped: boolean | null;
  reopened: boolean | null;
  /** How the incident relates to it, in Jira's words ("is caused by", "relates to"), one per link. */
  relations: string[];
}

/** One link of the incident: the issue at its other end, and how the incident relates to it. */
export interface IncidentLink {
  /** The other issue's key. */
  key: string;
  /** Its numeric id (what POST /jql/match takes); null when Jira did not say. */
  id: string | null;
  /** Its issue type name; null when Jira did not say. */
  issueType: string | null;
  summary: string;
  /** Its current status name. */
  status: string;
  statusCategory: LinkedDefect['statusCategory'];
  /** The link type's name for this direction, in Jira's words ("is caused by"); null when Jira did not say. */
  relation: string | null;
}

/** A version of the project, as the trailing releases are chosen from. */
export interface ReleaseVersion {
  name: string;
  released: boolean;
  /** YYYY-MM-DD; null when the version has none. */
  releaseDate: string | null;
}

function issueKeyOrder(a: string, b: string): number {
  const [projectA, numberA] = [a.replace(/-\d+$/, ''), Number(/-(\d+)$/.exec(a)?.[1] ?? 0)];
  const [projectB, numberB] = [b.replace(/-\d+$/, ''), Number(/-(\d+)$/.exec(b)?.[1] ?? 0)];
  return projectA < projectB ? -1 : projectA > projectB ? 1 : numberA - numberB;
}

/** What the service learnt of a linked defect from Jira's counts and searches. */
export interface LinkedDefectFacts {
  escaped: boolean;
  reopened: boolean;
}

/**
 * The defects linked to the incident through any link type, in either direction, of a defect
 * issue type. An issue linked twice is listed once with both relations. Escaped and reopened come
 * from `facts` (keyed by issue key); a defect the searches did not return (not visible to the
 * viewer) shows both as unknown. One resolved as invalid is still listed: it is linked.
 */
export function linkedDefectsOfIncident(
  links: readonly IncidentLink[],
  input: { settings: MetricsSettings; facts: ReadonlyMap<string, LinkedDefectFacts> },
): LinkedDefect[] {
  const defectTypes = new Set(input.settings.defectIssueTypes.map((t) => t.toLowerCase()));
  const linked = new Map<string, LinkedDefect>();
  for (const link of links) {
    const { relation } = link;
    if (!link.issueType || !defectTypes.has(link.issueType.toLowerCase())) continue;
    const existing = linked.get(link.key);
    if (existing) {
      if (relation && !existing.relations.includes(relation)) existing.relations.push(relation);
      continue;
    }
    const facts = input.facts.get(link.key);
    linked.set(link.key, {
      key: link.key,
      summary: link.summary,
      status: link.status,
      statusCategory: link.statusCategory,
      escaped: facts ? facts.escaped : null,
      reopened: facts ? facts.reopened : null,
      relations: relation ? [relation] : [],
    });
  }
  return [...linked.values()].sort((a, b) => issueKeyOrder(a.key, b.key));
}

interface DatedRelease {
  name: string;
  releaseDate: string;
  index: number;
}

/**
 * The names of the (up to) `count` most recent released versions, oldest first, ending with the
 * incident's release: its fix version when that is released (the latest one if it has several),
 * else the latest version released on or before the day the incident was created. Versions without
 * a release date cannot be placed in time and are left out.
 */
export function trailingReleases(
  versions: readonly ReleaseVersion[],
  incident: { created: string; fixVersions: readonly string[] },
  count = TRAILING_RELEASE_COUNT,
): string[] {
  const released: DatedRelease[] = versions
    .flatMap((version, index) => (version.released && version.name && version.releaseDate && isCalendarDay(version.releaseDate)
      ? [{ name: version.name, releaseDate: version.releaseDate, index }]
      : []))
    .sort((a, b) => (a.releaseDate < b.releaseDate ? -1 : a.releaseDate > b.releaseDate ? 1 : a.index - b.index));
  const fixVersions = new Set(incident.fixVersions);
  let anchor = -1;
  released.forEach((release, i) => {
    if (fixVersions.has(release.name)) anchor = i;
  });
  if (anchor < 0) {
    const createdDay = calendarDayOf(incident.created);
    released.forEach((release, i) => {
      if (release.releaseDate <= createdDay) anchor = i;
    });
  }
  if (anchor < 0 || count <= 0) return [];
  return released.slice(Math.max(0, anchor - count + 1), anchor + 1).map((release) => release.name);
}

/**
 * The release day the trailing releases end at, as trailingReleases chooses the incident's release:
 * the latest released fix version's day, else the day the incident was created; null without either.
 */
export function trailingAnchorDay(incident: { created: string; fixVersionReleases: readonly ReleaseVersion[] }): string | null {
  const fixDays = incident.fixVersionReleases
    .flatMap((v) => (v.released && v.releaseDate && isCalendarDay(v.releaseDate) ? [v.releaseDate] : []))
    .sort();
  if (fixDays.length > 0) return fixDays[fixDays.length - 1];
  return incident.created ? calendarDayOf(incident.created) : null;
}

/**
 * Whether versions read newest release first (as GET project/{key}/version?orderBy=-releaseDate pages
 * them) already hold the trailing releases: `count` released on or before the anchor day, and the
 * last one read older than the count-th, so a version sharing its day is not left on the next page.
 */
export function holdsTrailingReleases(newestFirst: readonly ReleaseVersion[], anchorDay: string, count = TRAILING_RELEASE_COUNT): boolean {
  const days = newestFirst.flatMap((v) => (v.released && v.releaseDate && isCalendarDay(v.releaseDate) ? [v.releaseDate] : []));
  const upToAnchor = days.filter((day) => day <= anchorDay);
  if (upToAnchor.length < count) return false;
  return days[days.length - 1] < upToAnchor[count - 1];
}
