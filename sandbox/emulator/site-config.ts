/**
 * The fixed configuration of an emulated Jira site (users, workflow, issue types, projects...), as the
 * seeds hand it to the store. Issues come separately, through the import.
 */
import type {
  EmIssueType, EmLinkType, EmPriority, EmProject, EmResolution, EmStatus, EmStatusCategory, EmTransition, EmUser,
} from './model';

export interface SiteConfig {
  /** People and app accounts; Basic auth accepts any of them by e-mail address. */
  users: EmUser[];
  statusCategories: EmStatusCategory[];
  statuses: EmStatus[];
  /** One workflow shared by every project and issue type. */
  transitions: EmTransition[];
  /** Where a new issue starts. */
  initialStatusId: string;
  issueTypes: EmIssueType[];
  priorities: EmPriority[];
  defaultPriorityId: string;
  resolutions: EmResolution[];
  /** Set when an issue enters a Done-category status without a resolution given. */
  defaultResolutionId: string;
  linkTypes: EmLinkType[];
  projects: EmProject[];
}
