/** The top of a stage: its title, one line on what the stage is for, and what is still missing. */
import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';

export interface StageHeaderProps {
  id: string;
  title: string;
  intro: ReactNode;
  complete: boolean;
  missing: string[];
}

export function StageHeader({ id, title, intro, complete, missing }: StageHeaderProps) {
  return (
    <header style={{ marginBlockEnd: token('space.200') }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100') }}>
        <Heading size="small" as="h2" id={id}>{title}</Heading>
        {complete ? <Lozenge appearance="success">Complete</Lozenge> : <Lozenge>To do</Lozenge>}
      </div>
      <p style={{ margin: `${token('space.050')} 0 0`, color: token('color.text.subtle') }}>{intro}</p>
      {missing.length > 0 ? (
        <div
          data-testid="stage-missing"
          style={{
            marginBlockStart: token('space.100'), padding: `${token('space.075')} ${token('space.150')}`,
            background: token('color.background.neutral'), borderRadius: token('radius.small'), color: token('color.text.subtle'),
          }}
        >
          <span style={{ fontWeight: token('font.weight.semibold') }}>Still to do</span>
          <ul style={{ margin: `${token('space.025')} 0 0`, paddingInlineStart: token('space.250') }}>
            {missing.map((m) => <li key={m} style={{ margin: 0 }}>{m}</li>)}
          </ul>
        </div>
      ) : null}
    </header>
  );
}
