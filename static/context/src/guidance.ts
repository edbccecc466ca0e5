/** What the issue context says next: the one step that moves the post-mortem on, and where it is done. */
import type { PostmortemStatusView } from '../../../src/contract';

export const STATUS_TEXT: Record<PostmortemStatusView['status'], string> = {
  'not-started': 'Not started',
  draft: 'Draft',
  'in-progress': 'In progress',
  complete: 'Complete',
};

/** The panel's name as Jira shows it, and where a person finds it. */
const PANEL = 'the QA post-mortem panel';
const ADD_IT = 'add it with the QA post-mortem button under the summary if it is not on this incident yet';

export function guidanceOf(view: PostmortemStatusView): string {
  if (!view.canEdit) {
    return view.status === 'not-started'
      ? 'No post-mortem has been written for this incident yet. You can read one here once someone who may edit the incident starts it.'
      : `Read it in ${PANEL}, below the description.`;
  }
  if (view.status === 'not-started') return `Start it in ${PANEL}: ${ADD_IT}.`;
  if (view.status === 'complete') {
    if (view.actions.overdue > 0) return `Complete, with overdue action items: follow them up from the Follow-through stage of ${PANEL}.`;
    if (view.actions.open > 0) return `Complete. The action items' tasks are followed to done in the Follow-through stage of ${PANEL}.`;
    return view.fixValidated ? 'Complete, and every action item is done.' : `Complete. Validate the fix in ${PANEL}.`;
  }
  return `Continue with ${view.stage.label} in ${PANEL}, below the description (${ADD_IT}).`;
}
