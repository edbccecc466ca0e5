/**
 * Upgrade of schema 0 documents (written before `schemaVersion` existed) to schema 1.
 *
 * Schema 0 differs from 1 in that: there is no `schemaVersion`; 5 Whys are plain answer strings;
 * timeline events have no `source`/`edited`/`key` flags and there is no `dismissedSourceIds`;
 * action items name their owner `owner` and their type by its label ("Fix validation"); and any
 * section may be missing. Reading is tolerant; the result is validated by the schema 1 schema
 * afterwards, and the index fields are recomputed by the caller.
 */
import { FIRST_WHY_QUESTION, nextWhyQuestion } from './five-whys';
import { toUtcIso } from './iso-time';
import { ACTION_ITEM_TYPE_LABELS, ACTION_ITEM_TYPES, type ActionItemType } from './vocabulary';

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Keeps a timestamp readable by schema 1 (UTC `Z`); anything else is left for validation to report. */
function instant(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' ? (toUtcIso(value) ?? value) : value;
}

function actionItemType(value: unknown): ActionItemType | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  if ((ACTION_ITEM_TYPES as readonly string[]).includes(value)) return value as ActionItemType;
  const byLabel = ACTION_ITEM_TYPES.find((t) => ACTION_ITEM_TYPE_LABELS[t].toLowerCase() === value.trim().toLowerCase());
  return byLabel ?? 'other';
}

function migrateWhys(raw: unknown): Json[] {
  const whys: Json[] = [];
  list(raw).forEach((entry, i) => {
    if (typeof entry === 'string') {
      const previous = whys[i - 1];
      const question = previous ? nextWhyQuestion(text(previous.answer)) : FIRST_WHY_QUESTION;
      whys.push({ id: `why-${i + 1}`, question, answer: entry });
    } else {
      const why = record(entry);
      whys.push({ id: text(why.id) || `why-${i + 1}`, question: text(why.question), answer: text(why.answer) });
    }
  });
  return whys;
}

function migrateEvents(raw: unknown): Json[] {
  return list(raw).map((entry, i) => {
    const event = record(entry);
    const sourceId = typeof event.sourceId === 'string' ? event.sourceId : undefined;
    return {
      ...event,
      id: text(event.id) || `event-${i + 1}`,
      at: instant(event.at),
      kind: event.kind ?? 'custom',
      text: text(event.text),
      source: event.source ?? (sourceId ? 'jira' : 'user'),
      key: event.key === true,
      edited: event.edited === true,
    };
  });
}

function migrateActionItems(raw: unknown): Json[] {
  return list(raw).map((entry, i) => {
    const { owner, ...item } = record(entry);
    return {
      ...item,
      id: text(item.id) || `action-${i + 1}`,
      title: text(item.title),
      type: actionItemType(item.type),
      ownerAccountId: (typeof item.ownerAccountId === 'string' && item.ownerAccountId) || (typeof owner === 'string' && owner) || null,
      dueDate: item.dueDate || null,
      priority: item.priority ?? 'Medium',
      description: text(item.description),
    };
  });
}

function migrateProbe(raw: unknown): Json {
  const probe = record(raw);
  return { ...probe, answer: probe.answer ?? null, notes: text(probe.notes), evidence: list(probe.evidence) };
}

export function migrateV0ToV1(raw: Json): Json {
  const gather = record(raw.gather);
  const timeline = record(raw.timeline);
  const rootCause = record(raw.rootCause);
  const probes = record(raw.probes);
  const review = record(raw.review);
  return {
    schemaVersion: 1,
    revision: typeof raw.revision === 'number' ? raw.revision : 0,
    updatedAt: instant(raw.updatedAt) ?? new Date(0).toISOString(),
    ...(typeof raw.updatedBy === 'string' ? { updatedBy: raw.updatedBy } : {}),
    status: raw.status ?? 'draft',
    stage: 'gather',
    openActions: 0,
    gather: {
      severity: gather.severity ?? null,
      usersAffected: gather.usersAffected ?? null,
      customersAffected: gather.customersAffected ?? null,
      impactSummary: text(gather.impactSummary),
      startedAt: instant(gather.startedAt),
      detectedAt: instant(gather.detectedAt),
      mitigatedAt: instant(gather.mitigatedAt),
      resolvedAt: instant(gather.resolvedAt),
      affectedJourneys: list(gather.affectedJourneys),
      affectedComponents: list(gather.affectedComponents),
      evidence: list(gather.evidence),
      suspectedChanges: list(gather.suspectedChanges),
    },
    timeline: {
      events: migrateEvents(Array.isArray(raw.timeline) ? raw.timeline : timeline.events),
      dismissedSourceIds: list(timeline.dismissedSourceIds),
    },
    rootCause: {
      whys: migrateWhys(rootCause.whys),
      contributingFactors: list(rootCause.contributingFactors),
      category: rootCause.category ?? null,
    },
    probes: {
      testCoverage: migrateProbe(probes.testCoverage),
      riskAssessment: migrateProbe(probes.riskAssessment),
      processEffectiveness: migrateProbe(probes.processEffectiveness),
      defectTrends: migrateProbe(probes.defectTrends),
    },
    actionItems: migrateActionItems(raw.actionItems),
    review: { ...review, dismissedFindings: list(review.dismissedFindings) },
  };
}
