/**
 * The post-mortem document: the value stored in the incident's issue property `qa-postmortem`
 * (DESIGN.md section 3). The zod schemas are the single definition of a valid document; resolvers
 * reuse them to validate payloads. Top-level `status`, `stage`, `openActions`, `overdueActions`,
 * `doneActions`, `fixValidation` and `rootCauseCategory` are what the `jira:entityProperty` index in
 * manifest.yml makes searchable; the domain computes them on every save (summary.ts).
 *
 * Documents written by older versions of the app are upgraded by `migrateDocument`, one schema
 * version at a time, then validated.
 */
import { z } from 'zod';
import { toUtcIso } from './iso-time';
import { migrateV0ToV1 } from './migrate-v0';
import { STAGE_IDS } from './stage-ids';
import { withIndexSummary } from './summary';
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_TYPES,
  WATCHED_FIGURES,
  EVIDENCE_KINDS,
  FIX_VALIDATION_STATES,
  POSTMORTEM_STATUSES,
  PROBE_ANSWERS,
  ROOT_CAUSE_CATEGORIES,
  SEVERITIES,
  STATUS_CATEGORY_KEYS,
  SUSPECTED_CHANGE_KINDS,
  TIMELINE_EVENT_KINDS,
  TIMELINE_EVENT_SOURCES,
} from './vocabulary';

export const SCHEMA_VERSION = 1;
export const POSTMORTEM_PROPERTY_KEY = 'qa-postmortem';
export const TIMELINE_PROPERTY_KEY = 'qa-postmortem-timeline';

/** An instant in UTC, as `toISOString()` writes it (`Z`, no offset). */
export const IsoDateTimeSchema = z.iso.datetime();
/** A calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date();

const nonBlank = (what: string) => z.string().refine((s) => s.trim().length > 0, `${what} must not be empty`);

export const SeveritySchema = z.enum(SEVERITIES);
export const RootCauseCategorySchema = z.enum(ROOT_CAUSE_CATEGORIES);
export const ActionItemTypeSchema = z.enum(ACTION_ITEM_TYPES);

/** What a Metric monitoring action item watches: a figure and the target it should meet (percent). */
export const WatchSchema = z.object({
  figure: z.enum(WATCHED_FIGURES),
  target: z.number().min(0).max(100),
});
export type Watch = z.infer<typeof WatchSchema>;
export const ActionItemPrioritySchema = z.enum(ACTION_ITEM_PRIORITIES);
export const ProbeAnswerSchema = z.enum(PROBE_ANSWERS);
export const StageIdSchema = z.enum(STAGE_IDS);
export const PostmortemStatusSchema = z.enum(POSTMORTEM_STATUSES);

/** No user name or password in a link: it would be shown to everyone who can see the incident. */
function withoutCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * Evidence is shown as a link, so only http(s) URLs are accepted (no `javascript:`), without a user
 * name or password in them.
 */
export const EvidenceLinkSchema = z.object({
  label: z.string(),
  url: z.url({ protocol: /^https?$/, error: 'Evidence must be an http(s) link' })
    .refine(withoutCredentials, 'Evidence links must not carry a user name or password: link to the page and sign in there'),
  kind: z.enum(EVIDENCE_KINDS),
});

export const SuspectedChangeSchema = z.object({
  kind: z.enum(SUSPECTED_CHANGE_KINDS),
  /** An issue key, a fix-version name, a deployment id or free text, depending on `kind`. */
  ref: nonBlank('A suspected change reference'),
  note: z.string(),
});

export const GatherSchema = z.object({
  severity: SeveritySchema.nullable(),
  usersAffected: z.int().min(0).nullable(),
  customersAffected: z.int().min(0).nullable(),
  /** Free-text description of the impact, for when counts do not tell the story. */
  impactSummary: z.string(),
  startedAt: IsoDateTimeSchema.nullable(),
  detectedAt: IsoDateTimeSchema.nullable(),
  mitigatedAt: IsoDateTimeSchema.nullable(),
  resolvedAt: IsoDateTimeSchema.nullable(),
  affectedJourneys: z.array(z.string()),
  /** Component names of the incident's project. */
  affectedComponents: z.array(z.string()),
  evidence: z.array(EvidenceLinkSchema),
  suspectedChanges: z.array(SuspectedChangeSchema),
});

export const TimelineEventSchema = z.object({
  id: nonBlank('An event id'),
  at: IsoDateTimeSchema,
  kind: z.enum(TIMELINE_EVENT_KINDS),
  text: z.string(),
  /** Display name of whoever caused the event, when known. */
  author: z.string().optional(),
  source: z.enum(TIMELINE_EVENT_SOURCES),
  /** Identity of the Jira record the event came from, for de-duplication (e.g. `comment:10001`). */
  sourceId: z.string().optional(),
  key: z.boolean(),
  edited: z.boolean(),
});

/** Present on the main property only while the events live in the `qa-postmortem-timeline` property. */
export const TimelineStoredSeparatelySchema = z.object({
  property: z.literal(TIMELINE_PROPERTY_KEY),
  revision: z.int().min(0),
  eventCount: z.int().min(0),
});

export const TimelineSchema = z.object({
  events: z.array(TimelineEventSchema),
  /** Jira events the facilitator removed; they are not suggested again. */
  dismissedSourceIds: z.array(z.string()),
  storedSeparately: TimelineStoredSeparatelySchema.optional(),
});

export const WhySchema = z.object({
  id: nonBlank('A why id'),
  question: z.string(),
  answer: z.string(),
});

export const RootCauseSchema = z.object({
  whys: z.array(WhySchema),
  contributingFactors: z.array(z.string()),
  category: RootCauseCategorySchema.nullable(),
});

export const ProbeSchema = z.object({
  answer: ProbeAnswerSchema.nullable(),
  notes: z.string(),
  evidence: z.array(EvidenceLinkSchema),
});

export const UatPassRateSchema = z.object({
  /** The release (fix version) the UAT cycle was for. */
  release: nonBlank('A release name'),
  /** Percentage of UAT cases that passed, 0 to 100. */
  passRate: z.number().min(0).max(100),
});

/** One row of defect figures computed by the metrics engine; a rate is null when its denominator is 0. */
export const DefectTrendRowSchema = z.object({
  /** What the row covers, e.g. a component or a release name. */
  scope: z.string(),
  defects: z.int().min(0),
  escaped: z.int().min(0),
  leakageRate: z.number().min(0).max(100).nullable(),
  resolved: z.int().min(0),
  reopened: z.int().min(0),
  reopenRate: z.number().min(0).max(100).nullable(),
});

export const DefectTrendsComputedSchema = z.object({
  computedAt: IsoDateTimeSchema,
  /** Keys of the defects linked to the incident. */
  linkedDefectKeys: z.array(z.string()),
  rows: z.array(DefectTrendRowSchema),
  /** The project's targets when the figures were kept (percent to stay at or under); absent in older post-mortems. */
  targets: z.object({ leakageRate: z.number().min(0).max(100), reopenRate: z.number().min(0).max(100) }).optional(),
});

export const ProbesSchema = z.object({
  testCoverage: ProbeSchema,
  riskAssessment: ProbeSchema,
  processEffectiveness: ProbeSchema.extend({ uatPassRates: z.array(UatPassRateSchema).optional() }),
  defectTrends: ProbeSchema.extend({ computed: DefectTrendsComputedSchema.optional() }),
});

export const ActionItemSchema = z.object({
  id: nonBlank('An action item id'),
  title: z.string(),
  type: ActionItemTypeSchema.nullable(),
  ownerAccountId: z.string().min(1).nullable(),
  ownerDisplayName: z.string().optional(),
  dueDate: IsoDateSchema.nullable(),
  priority: ActionItemPrioritySchema,
  description: z.string(),
  /** Key of the Jira task made for this item, once created. */
  taskKey: z.string().optional(),
  /** The task's status name and status category, as last seen. */
  taskStatus: z.string().optional(),
  taskStatusCategory: z.enum(STATUS_CATEGORY_KEYS).optional(),
  /**
   * The task's due date as last seen in Jira (null: the task has none). Absent until the task has
   * been read back; once present it, not `dueDate`, decides whether the item is overdue.
   */
  taskDueDate: IsoDateSchema.nullable().optional(),
  /** Why the last attempt to create the task failed, shown to the user. */
  createError: z.string().optional(),
  /** For a Metric monitoring item: the figure it watches and its target; the follow-through shows whether it is met since. */
  watch: WatchSchema.optional(),
});

export const DismissedFindingSchema = z.object({
  findingId: nonBlank('A finding id'),
  reason: nonBlank('The reason for dismissing a finding'),
});

export const ReviewSchema = z.object({
  dismissedFindings: z.array(DismissedFindingSchema),
  completedAt: IsoDateTimeSchema.optional(),
  /** Account id of whoever completed the post-mortem. */
  completedBy: z.string().optional(),
});

function duplicateIds(items: { id: string }[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const { id } of items) (seen.has(id) ? dupes : seen).add(id);
  return [...dupes];
}

export const PostmortemDocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Incremented on every save; a save based on an older revision is refused. */
    revision: z.int().min(0),
    updatedAt: IsoDateTimeSchema,
    /** Account id of whoever saved last; absent on a document never saved. */
    updatedBy: z.string().optional(),
    status: PostmortemStatusSchema,
    stage: StageIdSchema,
    openActions: z.int().min(0),
    /** Open action items due before the day of the last save. Absent on documents saved before it existed. */
    overdueActions: z.int().min(0).optional(),
    doneActions: z.int().min(0).optional(),
    /** Whether the fix-validation items are all done ("done"), not yet ("open"), or there are none. */
    fixValidation: z.enum(FIX_VALIDATION_STATES).optional(),
    rootCauseCategory: RootCauseCategorySchema.optional(),
    gather: GatherSchema,
    timeline: TimelineSchema,
    rootCause: RootCauseSchema,
    probes: ProbesSchema,
    actionItems: z.array(ActionItemSchema),
    review: ReviewSchema,
  })
  .superRefine((doc, ctx) => {
    const lists: [string, { id: string }[]][] = [
      ['timeline.events', doc.timeline.events],
      ['rootCause.whys', doc.rootCause.whys],
      ['actionItems', doc.actionItems],
    ];
    for (const [path, items] of lists) {
      for (const id of duplicateIds(items)) {
        ctx.addIssue({ code: 'custom', path: path.split('.'), message: `Duplicate id "${id}"` });
      }
    }
  });

export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;
export type SuspectedChange = z.infer<typeof SuspectedChangeSchema>;
export type Gather = z.infer<typeof GatherSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type Timeline = z.infer<typeof TimelineSchema>;
export type Why = z.infer<typeof WhySchema>;
export type RootCause = z.infer<typeof RootCauseSchema>;
export type Probe = z.infer<typeof ProbeSchema>;
export type UatPassRate = z.infer<typeof UatPassRateSchema>;
export type DefectTrendRow = z.infer<typeof DefectTrendRowSchema>;
export type DefectTrendsComputed = z.infer<typeof DefectTrendsComputedSchema>;
export type Probes = z.infer<typeof ProbesSchema>;
export type ProbeId = keyof Probes;
export type ActionItem = z.infer<typeof ActionItemSchema>;
export type DismissedFinding = z.infer<typeof DismissedFindingSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type PostmortemDocument = z.infer<typeof PostmortemDocumentSchema>;

/** What the domain needs to know about the incident issue itself. */
export interface IncidentRef {
  key: string;
  summary?: string;
  /** When the incident issue was created (any ISO-8601 form Jira returns). */
  created?: string;
  /** Names of the incident's components. */
  components?: string[];
  /** Base URL of the Jira site, e.g. https://example.atlassian.net, for links in the summary comment. */
  siteUrl?: string;
}

/** The post-mortem document could not be read: not valid, or written by a newer app version. */
export class PostmortemDocumentError extends Error {
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super(issues.length ? `${message}: ${issues.join('; ')}` : message);
    this.name = 'PostmortemDocumentError';
  }
}

function emptyProbe() {
  return { answer: null, notes: '', evidence: [] };
}

/**
 * A new post-mortem for an incident: nothing answered yet, with what the incident issue already
 * tells us pre-filled (its components as affected areas, its creation as the detection time).
 */
export function emptyDocument(incident: IncidentRef, now: Date): PostmortemDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    revision: 0,
    updatedAt: now.toISOString(),
    status: 'draft',
    stage: 'gather',
    openActions: 0,
    overdueActions: 0,
    doneActions: 0,
    fixValidation: 'none',
    gather: {
      severity: null,
      usersAffected: null,
      customersAffected: null,
      impactSummary: '',
      startedAt: null,
      detectedAt: toUtcIso(incident.created),
      mitigatedAt: null,
      resolvedAt: null,
      affectedJourneys: [],
      affectedComponents: [...(incident.components ?? [])],
      evidence: [],
      suspectedChanges: [],
    },
    timeline: { events: [], dismissedSourceIds: [] },
    rootCause: { whys: [], contributingFactors: [], category: null },
    probes: {
      testCoverage: emptyProbe(),
      riskAssessment: emptyProbe(),
      processEffectiveness: emptyProbe(),
      defectTrends: emptyProbe(),
    },
    actionItems: [],
    review: { dismissedFindings: [] },
  };
}

/** Upgrades from each older schema version to the next. */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  0: migrateV0ToV1,
};

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(document)'}: ${issue.message}`);
}

/**
 * Reads a stored (or submitted) document of any known schema version and returns a valid current
 * one (an upgraded document gets its index fields recomputed). Throws PostmortemDocumentError
 * naming every problem when it cannot.
 */
/**
 * A stored (or submitted) value upgraded to the current schema version, not yet validated, with the
 * version it had. Throws PostmortemDocumentError when it is not an object or its version is unreadable
 * or newer than this app's.
 */
export function upgradeToCurrent(raw: unknown): { value: Record<string, unknown>; fromVersion: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new PostmortemDocumentError('The post-mortem document is not an object');
  }
  let current = raw as Record<string, unknown>;
  const version = current.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new PostmortemDocumentError(`The post-mortem document has an unreadable schemaVersion (${JSON.stringify(version)})`);
  }
  if (version > SCHEMA_VERSION) {
    throw new PostmortemDocumentError(
      `The post-mortem was saved by a newer version of the app (schema ${version}); this version reads up to schema ${SCHEMA_VERSION}`,
    );
  }
  for (let v = version; v < SCHEMA_VERSION; v += 1) current = MIGRATIONS[v](current);
  return { value: current, fromVersion: version };
}

export function migrateDocument(raw: unknown): PostmortemDocument {
  const { value: current, fromVersion: version } = upgradeToCurrent(raw);
  const parsed = PostmortemDocumentSchema.safeParse(current);
  if (!parsed.success) {
    throw new PostmortemDocumentError('The post-mortem document is not valid', formatIssues(parsed.error));
  }
  return version < SCHEMA_VERSION ? withIndexSummary(parsed.data) : parsed.data;
}
