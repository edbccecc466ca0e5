/**
 * The defects linked to the incident (any link type), one per line: the key as a link that opens
 * the issue, its summary and status, and whether it escaped to production or was reopened.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { IncidentMetricsResult } from '../../../../src/contract';
import { IssueLink } from '../tasks/issue-link';

const STATUS_APPEARANCE = { new: 'default', indeterminate: 'inprogress', done: 'success' } as const;

export type LinkedDefect = IncidentMetricsResult['linkedDefects'][number];

function DefectLine({ defect }: { defect: LinkedDefect }) {
  const subtle = { color: token('color.text.subtle'), font: token('font.body.small') };
  return (
    <li
      data-testid="linked-defect"
      data-key={defect.key}
      style={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: token('space.100'), rowGap: token('space.025'), paddingBlock: token('space.050'), borderBlockEnd: `1px solid ${token('color.border')}` }}
    >
      <IssueLink issueKey={defect.key} testId="linked-defect-link" />
      <span data-testid="linked-defect-summary" style={{ flex: '1 1 16rem', minWidth: 0 }}>{defect.summary || 'No summary'}</span>
      <span style={{ display: 'inline-flex', gap: token('space.050'), flexWrap: 'wrap' }}>
        <span data-testid="linked-defect-status" data-status-category={defect.statusCategory ?? 'unknown'}><Lozenge appearance={defect.statusCategory ? STATUS_APPEARANCE[defect.statusCategory] : 'default'}>{defect.status || 'Unknown status'}</Lozenge></span>
        {defect.escaped ? <span data-testid="linked-defect-escaped"><Lozenge appearance="removed">Escaped</Lozenge></span> : null}
        {defect.reopened ? <span data-testid="linked-defect-reopened"><Lozenge appearance="moved">Reopened</Lozenge></span> : null}
        {defect.escaped === null ? <span style={subtle}>history not readable</span> : null}
      </span>
      {defect.relations.length > 0 ? <span style={{ ...subtle, flexBasis: '100%' }}>This incident {defect.relations.join(', ')} {defect.key}</span> : null}
    </li>
  );
}

export function LinkedDefectsList({ defects }: { defects: readonly LinkedDefect[] }) {
  const escaped = defects.filter((d) => d.escaped === true).length;
  return (
    <div data-testid="linked-defects" style={{ marginBlockEnd: token('space.150') }}>
      <div style={{ font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>
        {defects.length === 0 ? 'Linked defects' : `Linked defects: ${defects.length}, ${escaped} escaped`}
      </div>
      {defects.length === 0 ? (
        <p data-testid="no-linked-defects" style={{ margin: `${token('space.050')} 0 0`, color: token('color.text.subtle') }}>
          No defect is linked to this incident. Link the defects it caused or relates to, and they show here.
        </p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {defects.map((defect) => <DefectLine key={defect.key} defect={defect} />)}
        </ul>
      )}
    </div>
  );
}
