/**
 * Stage 3, Root cause: the 5 Whys chain (each step asks why the previous answer happened, and its
 * question follows that answer until someone rewrites it), the contributing factors, and the
 * root-cause category.
 */
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import {
  addWhy,
  deepestAnswer,
  moveWhy,
  removeWhy,
  ROOT_CAUSE_CATEGORIES,
  ROOT_CAUSE_CATEGORY_LABELS,
  updateWhy,
  type RootCause,
  type Why,
} from '../../../../src/domain/postmortem';
import { ItemCard } from '../components/item-card';
import { StageHeader } from '../components/stage-header';
import { usePanelEnv } from '../editor/panel-env';
import { SelectInput } from '../fields/select-input';
import { StringListInput } from '../fields/string-list-input';
import { TextAreaInput } from '../fields/text-area-input';
import { TextInput } from '../fields/text-input';
import { newId } from '../model/new-id';
import type { StageProps } from './stage-props';

export function RootCauseStage({ doc, update, state, headingId }: StageProps) {
  const { readOnly } = usePanelEnv();
  const r = doc.rootCause;
  const set = (patch: Partial<RootCause>) => update((d) => ({ ...d, rootCause: { ...d.rootCause, ...patch } }));
  const setWhys = (change: (whys: Why[]) => Why[]) => update((d) => ({ ...d, rootCause: { ...d.rootCause, whys: change(d.rootCause.whys) } }));
  const statement = deepestAnswer(r.whys);

  return (
    <div>
      <StageHeader id={headingId} title="Root cause" complete={state.complete} missing={state.missing}
        intro="Ask why until you reach a cause the team can act on, usually five times. Describe systems and conditions, not people." />

      <ol aria-label="5 Whys" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {r.whys.map((why, i) => (
          <li key={why.id} style={{ margin: 0 }}>
            <ItemCard
              testId="why"
              labelledBy={`${why.id}-title`}
              title={<span id={`${why.id}-title`}>Why {i + 1}</span>}
              actions={readOnly ? null : (
                <div style={{ display: 'flex', gap: token('space.050') }}>
                  <Button spacing="compact" appearance="subtle" isDisabled={i === 0} aria-label={`Move why ${i + 1} up`} onClick={() => setWhys((w) => moveWhy(w, why.id, i - 1))}>Up</Button>
                  <Button spacing="compact" appearance="subtle" isDisabled={i === r.whys.length - 1} aria-label={`Move why ${i + 1} down`} onClick={() => setWhys((w) => moveWhy(w, why.id, i + 1))}>Down</Button>
                  <Button spacing="compact" appearance="subtle" aria-label={`Remove why ${i + 1}`} onClick={() => setWhys((w) => removeWhy(w, why.id))}>Remove</Button>
                </div>
              )}
            >
              <TextInput label={`Why ${i + 1} question`} value={why.question} onChange={(question) => setWhys((w) => updateWhy(w, why.id, { question }))} />
              <TextAreaInput label={`Why ${i + 1} answer`} value={why.answer} onChange={(answer) => setWhys((w) => updateWhy(w, why.id, { answer }))}
                placeholder="Because…" />
            </ItemCard>
          </li>
        ))}
      </ol>
      {r.whys.length === 0 ? <p style={{ color: token('color.text.subtle') }}>No why has been asked yet.</p> : null}
      {readOnly ? null : (
        <div style={{ marginBlockEnd: token('space.200') }}>
          <Button onClick={() => setWhys((w) => addWhy(w, newId('why')))}>{r.whys.length === 0 ? 'Ask the first why' : 'Ask why again'}</Button>
        </div>
      )}
      {statement ? (
        <p data-testid="root-cause-statement" style={{ margin: `0 0 ${token('space.200')}`, padding: token('space.100'), background: token('color.background.neutral'), borderRadius: token('radius.small') }}>
          <strong>Root cause so far:</strong> {statement}
        </p>
      ) : null}

      <StringListInput legend="Contributing factors" itemLabel={(n) => `Contributing factor ${n}`} values={r.contributingFactors}
        onChange={(contributingFactors) => set({ contributingFactors })} addLabel="Add factor" placeholder="e.g. No alert on payment error rate" emptyText="No contributing factor yet." />
      <div style={{ maxWidth: 320 }}>
        <SelectInput label="Root-cause category" value={r.category} options={ROOT_CAUSE_CATEGORIES} labels={ROOT_CAUSE_CATEGORY_LABELS}
          isClearable onChange={(category) => set({ category })} testId="root-cause-category" />
      </div>
    </div>
  );
}
