/**
 * Invoke contract of the post-mortem panel (see src/contract.ts): the resolver keys, their payload
 * schemas (the domain's document schema, so the UI and the backend validate one shape) and the
 * results the panel renders. The incident is never part of a payload: the resolver takes it from
 * the Forge context of the issue panel, and any issue key sent by the browser is ignored.
 */
import { z } from 'zod';
import {
  PostmortemDocumentSchema,
  type DocumentRepair,
  type Finding,
  type PostmortemDocument,
  type StageId,
  type StatusCategoryKey,
  type TimelineEvent,
  type TooLargePart,
} from '../domain/postmortem';
import type { ActionTaskStatus } from './actions';

export const POSTMORTEM_RESOLVER_KEYS = ['getPostmortem', 'savePostmortem', 'completePostmortem', 'getPostmortemStatus'] as const;
export type PostmortemResolverKey = (typeof POSTMORTEM_RESOLVER_KEYS)[number];

/** A revision as the panel last read it; 0 for a post-mortem never saved. */
export const BaseRevisionSchema = z.int().min(0);

/** getPostmortem takes nothing: the incident comes from the context (unknown keys are dropped). */
export const GetPostmortemPayloadSchema = z.object({});
export type GetPostmortemPayload = z.infer<typeof GetPostmortemPayloadSchema>;

/**
 * savePostmortem: the whole document as edited, and the revision it was based on. The server
 * recomputes the index fields (status, stage, action counts, fixValidation, rootCauseCategory),
 * the revision, updatedAt and updatedBy, so whatever the browser sends for those is overwritten.
 */
export const SavePostmortemPayloadSchema = z.object({
  document: PostmortemDocumentSchema,
  baseRevision: BaseRevisionSchema,
  /** The id of the app's copy of this person's unsaved changes (KeptDraft) to delete once this save is stored. */
  clearKeptDraft: z.string().min(1).max(100).optional(),
});
export type SavePostmortemPayload = z.infer<typeof SavePostmortemPayloadSchema>;

/** completePostmortem: completes the stored document at `baseRevision` (save first). */
export const CompletePostmortemPayloadSchema = z.object({
  baseRevision: BaseRevisionSchema,
});
export type CompletePostmortemPayload = z.infer<typeof CompletePostmortemPayloadSchema>;

export interface PersonRef {
  accountId: string;
  displayName: string;
}

/** The incident issue as the panel shows it (from one GET issue). */
export interface PostmortemIncident {
  key: string;
  id: string;
  summary: string;
  status: string;
  statusCategory: StatusCategoryKey;
  issueType: string;
  /** Priority name; null when the issue has none. */
  priority: string | null;
  components: string[];
  fixVersions: string[];
  /** ISO-8601 as Jira returns it. */
  created: string;
  assignee?: PersonRef;
  /** Base URL of the Jira site, for links. */
  siteUrl?: string;
}

/** One stage of the panel's stage list, in STAGE_IDS order. */
export interface StageView {
  id: StageId;
  label: string;
  complete: boolean;
  /** What is still missing, in words a facilitator can act on; empty when complete. */
  missing: string[];
}

/** What getPostmortem answers. */
export interface PostmortemView extends StoredPostmortemView {
  /**
   * The live state in Jira (status, assignee, due date, overdue) of each action item's task, by
   * action id, from one search; only items with a task appear. Empty when no item has a task yet.
   */
  actionTasks: Record<string, ActionTaskStatus>;
  /**
   * Items with more than one task of the app (made before the app kept its ledger): the task followed
   * (the oldest) and the others, to be closed as duplicates. Empty normally.
   */
  duplicateTasks: DuplicateTasks[];
  /** The viewer's changes the app kept when their save failed, not stored since; only to a viewer who may edit. */
  keptDraft?: KeptDraft;
}

/**
 * A person's unsaved changes as the app kept them when a save failed past its own checks (Jira
 * refused or did not answer): the edited document, the revision it was based on, and that revision's
 * document when the app had read it (absent when the failure came first).
 */
export interface KeptDraft {
  /** Which copy: a later failed save replaces it with another id, so a save clears only the copy it knew of. */
  id: string;
  baseRevision: number;
  base?: PostmortemDocument;
  document: PostmortemDocument;
  savedAt: string;
}

/** `details` of a failed savePostmortem (JIRA_UNAVAILABLE, INTERNAL, …) when the app kept the changes (KeptDraft). */
export interface SaveFailureDetails {
  draftKept: true;
  /** The copy's id (KeptDraft.id), for the save that stores these changes to delete it. */
  keptDraftId: string;
}

export interface DuplicateTasks {
  actionId: string;
  kept: string;
  others: string[];
}

/** The post-mortem as stored with what the panel shows next to it, without the tasks' live state. */
export interface StoredPostmortemView {
  incident: PostmortemIncident;
  /** The stored document (upgraded if older), or an empty one when none was saved yet (revision 0). */
  document: PostmortemDocument;
  /** Events from the incident's Jira history not yet in the document and not dismissed. */
  timelineSuggestions: TimelineEvent[];
  stages: StageView[];
  /** Blameless-language findings over the document (dismissed ones included; see document.review). */
  findings: Finding[];
  /** Whether the viewer may edit the incident, hence save the post-mortem. */
  canEdit: boolean;
  /** People the incident names (assignee, reporter, comment and history authors), for the blameless check. */
  people: PersonRef[];
  /** Same as document.revision: the baseRevision of the next save. */
  revision: number;
  /**
   * Values of the stored post-mortem the app could not accept (written around it, e.g. through Jira's
   * REST API) and left out or reset; the next save stores the repaired document. Empty normally.
   */
  repairs: DocumentRepair[];
}

/** What savePostmortem answers: the document as stored, with its recomputed state. */
export interface SaveResult {
  revision: number;
  document: PostmortemDocument;
  stages: StageView[];
  findings: Finding[];
}

/** What completePostmortem answers: the completed document, and the summary comment posted. */
export interface CompleteResult extends SaveResult {
  commentId: string;
}

/** `details` of a CONFLICT error: the post-mortem as someone else saved it since baseRevision. */
export interface ConflictDetails {
  current: SaveResult;
  /** Who saved the current version, when Jira can say. */
  by?: PersonRef;
}

/** `details` of a TOO_LARGE error: the parts that do not fit even with the timeline stored apart. */
export interface TooLargeDetails {
  parts: TooLargePart[];
}

/** `details` of the VALIDATION error of completePostmortem when the post-mortem is not complete. */
export interface CompletionRefusedDetails {
  problems: string[];
}

/** getPostmortemStatus takes nothing either: the incident comes from the issue context's Forge context. */
export const GetPostmortemStatusPayloadSchema = z.object({});
export type GetPostmortemStatusPayload = z.infer<typeof GetPostmortemStatusPayloadSchema>;

/**
 * Where an incident's post-mortem stands, for the issue context on the right of the incident:
 * 'not-started' until its first save; the stage to work on next; the action items by their tasks'
 * live state (open includes items without a task yet; overdue is open and past due).
 */
export interface PostmortemStatusView {
  incident: { key: string; summary: string };
  status: 'not-started' | PostmortemDocument['status'];
  stage: { id: StageId; label: string };
  stagesComplete: number;
  stagesTotal: number;
  actions: { total: number; open: number; overdue: number; done: number; withoutTask: number };
  /** Every fix-validation item's task is done (true when there is none). */
  fixValidated: boolean;
  /** The last save, when there has been one; `by` when it was a person the incident names. */
  updated?: { at: string; by?: string };
  canEdit: boolean;
}

/** Payload and result per key, for the UI's typed invoke wrapper. */
export interface PostmortemContract {
  getPostmortem: { payload: GetPostmortemPayload; result: PostmortemView };
  savePostmortem: { payload: SavePostmortemPayload; result: SaveResult };
  completePostmortem: { payload: CompletePostmortemPayload; result: CompleteResult };
  getPostmortemStatus: { payload: GetPostmortemStatusPayload; result: PostmortemStatusView };
}
