/**
 * Tells the people on a post-mortem which stored values the app could not accept and left out, with
 * what each was, so they can enter it again correctly; the next save stores the post-mortem without them.
 */
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { DocumentRepair } from '../../../../src/domain/postmortem/repair';
import { repairLines } from '../model/repair-lines';

export function RepairNotice({ repairs, readOnly }: { repairs: readonly DocumentRepair[]; readOnly: boolean }) {
  const lines = repairLines(repairs);
  return (
    <div style={{ marginBlockEnd: token('space.150') }} data-testid="repair-notice">
      <SectionMessage appearance="warning" title={lines.length === 1 ? 'A stored value couldn’t be used' : `${lines.length} stored values couldn’t be used`}>
        <p>
          This post-mortem was changed outside the app, and the app left out what it cannot accept.
          {readOnly ? ' Someone who can edit this issue can enter it again correctly.' : ' Enter it again correctly where it is needed; your next change saves the post-mortem without it.'}
        </p>
        <ul style={{ margin: 0, paddingInlineStart: token('space.250') }}>
          {lines.map((line, i) => (
            <li key={i} data-testid="repair-line">
              <strong>{line.where}</strong>: {line.problem}
              {line.was ? <> (was <code style={{ wordBreak: 'break-all' }}>{line.was}</code>)</> : null}
            </li>
          ))}
        </ul>
      </SectionMessage>
    </div>
  );
}
