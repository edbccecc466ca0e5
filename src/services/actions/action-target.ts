/**
 * Where an incident's action-item tasks go and how they are dated, from the project settings
 * (project property `qa-postmortem-settings`, read through the settings service): the target
 * project (default: the incident's own), the issue type (default `Task`) and the due-date weeks.
 * Settings that no longer validate stop task creation rather than put tasks somewhere unintended.
 */
import type { DueDateWeeks } from '../../domain/actions';
import type { WatchedFigure } from '../../domain/postmortem/vocabulary';
import { AppError } from '../../errors';
import type { JiraClient } from '../../jira';
import { readStoredSettings } from '../settings';

export interface ActionTarget {
  projectKey: string;
  issueType: string;
  dueDateWeeks: DueDateWeeks;
  /** The project's targets, which a Metric monitoring item starts from. */
  targets: Record<WatchedFigure, number>;
}

export async function actionTargetOf(jira: JiraClient, incidentProjectKey: string): Promise<ActionTarget> {
  const stored = await readStoredSettings(jira, incidentProjectKey);
  if (stored.invalidReason !== undefined) {
    throw new AppError('VALIDATION', `The QA post-mortem settings of project ${incidentProjectKey} are not valid (${stored.invalidReason}), `
      + 'so it is not clear where the tasks should go. Ask a project administrator to open them in Project settings and save them again.');
  }
  const { settings } = stored;
  return {
    projectKey: settings.actionItemProjectKey ?? incidentProjectKey,
    issueType: settings.actionItemIssueType,
    dueDateWeeks: settings.dueDateWeeks,
    targets: {
      leakageRate: settings.targets.leakageRate,
      reopenRate: settings.targets.reopenRate,
      requirementCoverage: settings.tests.targets.requirementCoverage,
      executionProgress: settings.tests.targets.executionProgress,
      uatPassRate: settings.tests.targets.uatPassRate,
    },
  };
}
