/**
 * Items that have more than one task of the app (made before the app kept its ledger, when two people
 * could press Create tasks at once): which task is followed, and which to close as duplicates.
 */
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { DuplicateTasks } from '../../../../src/contract';
import type { PostmortemDocument } from '../../../../src/domain/postmortem';
import { joinLabels } from '../model/words';

export function DuplicateTasksNotice({ duplicates, doc }: { duplicates: readonly DuplicateTasks[]; doc: PostmortemDocument }) {
  const titleOf = (actionId: string) => doc.actionItems.find((item) => item.id === actionId)?.title.trim() || 'An action item';
  return (
    <div style={{ marginBlockEnd: token('space.150') }} data-testid="duplicate-tasks-notice">
      <SectionMessage appearance="warning" title="Some action items have more than one task">
        <p>These tasks were created twice. The first task of each item is the one this post-mortem follows; close the others as duplicates in Jira.</p>
        <ul style={{ margin: 0, paddingInlineStart: token('space.250') }}>
          {duplicates.map((d) => (
            <li key={d.actionId} data-testid="duplicate-tasks-line">
              <strong>{titleOf(d.actionId)}</strong>: {d.kept} is followed; close {joinLabels(d.others)}.
            </li>
          ))}
        </ul>
      </SectionMessage>
    </div>
  );
}
