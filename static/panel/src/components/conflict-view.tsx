/**
 * Shown when someone else saved the post-mortem while you were editing: for every section where
 * the two versions differ, theirs and yours side by side (lines only one side has are marked), and
 * a choice per section. Sections only one person changed start on that person's version, so
 * "Apply" with no change keeps everybody's work; nothing is discarded until the person chooses.
 */
import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { RadioGroup } from '@atlaskit/radio';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { SaveConflict } from '../model/conflict';
import { defaultChoice, type DocSection, type SectionChoice, type SectionConflict } from '../model/doc-sections';
import { sectionLines } from '../model/section-text';
import { formatDateTime } from '../model/zoned-time';
import { usePanelEnv } from '../editor/panel-env';
import type { ChangesKeptIn } from '../editor/use-postmortem-editor';

export interface ConflictViewProps {
  conflict: SaveConflict;
  onResolve: (choices: Partial<Record<DocSection, SectionChoice>>) => void;
  /** This browser keeps a copy of the unsaved changes (else only this page holds them). */
  /** Where a copy of your changes outlives this page (see PostmortemEditor.changesKeptIn). */
  keptIn: ChangesKeptIn;
}

function Version({ title, lines, other, testId }: { title: string; lines: string[]; other: Set<string>; testId: string }) {
  return (
    <div data-testid={testId} style={{ minWidth: 0 }}>
      <div style={{ font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle'), marginBlockEnd: token('space.050') }}>{title}</div>
      <ul style={{ listStyle: 'none', margin: 0, padding: token('space.100'), border: `1px solid ${token('color.border')}`, borderRadius: token('radius.small'), minHeight: 40, background: token('elevation.surface.sunken') }}>
        {lines.length === 0 ? <li style={{ color: token('color.text.subtlest'), margin: 0 }}>(empty)</li> : null}
        {lines.map((line, i) => {
          const differs = !other.has(line);
          return (
            <li key={`${i}-${line}`} data-differs={differs} style={{
              margin: 0, padding: `${token('space.025')} ${token('space.050')}`, overflowWrap: 'anywhere', borderRadius: token('radius.small'),
              background: differs ? token('color.background.accent.yellow.subtlest') : 'transparent',
            }}>
              {line}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SectionChoiceRow({ section, conflict, choice, onChoose }: {
  section: SectionConflict; conflict: SaveConflict; choice: SectionChoice; onChoose: (c: SectionChoice) => void;
}) {
  const { timeZone } = usePanelEnv();
  const labelId = useId();
  const theirs = sectionLines(conflict.theirs.document, section.section, timeZone);
  const mine = sectionLines(conflict.mine, section.section, timeZone);
  const who = section.changedByYou && section.changedByThem ? 'You both changed this section.'
    : section.changedByYou ? 'Only you changed this section.' : 'Only they changed this section.';
  return (
    <section data-testid={`conflict-section-${section.section}`} aria-labelledby={labelId}
      style={{ borderBlockStart: `1px solid ${token('color.border')}`, paddingBlock: token('space.150') }}>
      <Heading size="xsmall" as="h3" id={labelId}>{section.label}</Heading>
      <p style={{ margin: `${token('space.025')} 0 ${token('space.100')}`, color: token('color.text.subtle') }}>{who}</p>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: token('space.150') }}>
        <Version title="Theirs (saved)" lines={theirs} other={new Set(mine)} testId="conflict-theirs" />
        <Version title="Yours (not saved yet)" lines={mine} other={new Set(theirs)} testId="conflict-yours" />
      </div>
      <div style={{ marginBlockStart: token('space.100') }}>
        <RadioGroup
          aria-labelledby={labelId}
          name={`conflict-${section.section}`}
          value={choice}
          onChange={(e) => onChoose(e.currentTarget.value as SectionChoice)}
          options={[
            { name: `conflict-${section.section}`, value: 'theirs', label: `Take theirs for ${section.label}` },
            { name: `conflict-${section.section}`, value: 'mine', label: `Keep yours for ${section.label}` },
          ]}
        />
      </div>
    </section>
  );
}

const KEPT_IN = {
  browser: 'Your changes are kept in this browser.',
  app: 'The app kept a copy of your changes when saving them failed; it is deleted once what you apply is saved.',
} as const;

const HOW_TO_CHOOSE = {
  known: 'For each part below, keep yours or take theirs; parts only one of you changed start on that version, so applying keeps both people’s work.',
  // The app kept the changes before it could read the version they started from (kept-drafts.ts).
  unknown: 'Which parts you changed is not known (your changes were kept before the version they started from could be read), so every part that differs starts on yours: check each one before you apply.',
} as const;

export function ConflictView({ conflict, onResolve, keptIn }: ConflictViewProps) {
  const { timeZone, people } = usePanelEnv();
  const [choices, setChoices] = useState<Partial<Record<DocSection, SectionChoice>>>(
    () => Object.fromEntries(conflict.sections.map((s) => [s.section, defaultChoice(s)])),
  );
  const theirs = conflict.theirs.document;
  const by = conflict.by?.displayName ?? people.find((p) => p.accountId === theirs.updatedBy)?.displayName ?? 'Someone else';
  const all = (choice: SectionChoice) => Object.fromEntries(conflict.sections.map((s) => [s.section, choice]));

  return (
    <div data-testid="conflict-view">
      <SectionMessage appearance="warning" title="This post-mortem was changed while you were editing">
        <p>
          {by} saved it at {formatDateTime(theirs.updatedAt, timeZone)}. {keptIn ? KEPT_IN[keptIn] : 'This browser could not keep a copy of your changes: keep this page open until you apply.'}{' '}
          {HOW_TO_CHOOSE[conflict.baseUnknown ? 'unknown' : 'known']}
        </p>
      </SectionMessage>
      <div style={{ marginBlockStart: token('space.150') }}>
        {conflict.sections.map((section) => (
          <SectionChoiceRow
            key={section.section}
            section={section}
            conflict={conflict}
            choice={choices[section.section] ?? defaultChoice(section)}
            onChoose={(choice) => setChoices((c) => ({ ...c, [section.section]: choice }))}
          />
        ))}
      </div>
      <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap', borderBlockStart: `1px solid ${token('color.border')}`, paddingBlockStart: token('space.150') }}>
        <Button appearance="primary" onClick={() => onResolve(choices)}>Apply and save</Button>
        <Button onClick={() => onResolve(all('mine'))}>Keep all of yours</Button>
        <Button onClick={() => onResolve(all('theirs'))}>Take all of theirs</Button>
      </div>
    </div>
  );
}
