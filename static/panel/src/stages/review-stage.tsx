/**
 * Stage 6, Review: the blameless-language check over everything written (each finding shows the
 * words in place, why they read as blame, and a rewording to apply, or a reason to keep them), the
 * completeness checklist of every stage, and "Complete post-mortem", which posts the summary
 * comment on the incident.
 */
import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import {
  applySuggestion,
  completionCheck,
  reviewMissing,
  STAGE_IDS,
  STAGE_LABELS,
  type DismissedFinding,
  type Finding,
  type StageCompleteness,
} from '../../../../src/domain/postmortem';
import { ItemCard } from '../components/item-card';
import { StageHeader } from '../components/stage-header';
import { usePanelEnv } from '../editor/panel-env';
import type { CompleteOutcome } from '../editor/use-postmortem-editor';
import { FieldShell } from '../fields/field-shell';
import { showIssueChanges } from '../../../shared/src/refresh-issue-view';
import { readFieldText, writeFieldText } from '../model/field-text';
import { formatDateTime } from '../model/zoned-time';
import type { StageProps } from './stage-props';

const CONTEXT_CHARS = 60;

/** The finding's words inside a little of the text around them, the words highlighted. */
function InPlace({ text, finding }: { text: string; finding: Finding }) {
  const from = Math.max(0, finding.start - CONTEXT_CHARS);
  const to = Math.min(text.length, finding.end + CONTEXT_CHARS);
  return (
    <blockquote style={{ margin: `0 0 ${token('space.075')}`, padding: `${token('space.050')} ${token('space.100')}`, borderInlineStart: `3px solid ${token('color.border.warning')}`, background: token('elevation.surface.sunken'), overflowWrap: 'anywhere' }}>
      {from > 0 ? '…' : ''}{text.slice(from, finding.start)}
      <mark data-testid="finding-span" style={{ background: token('color.background.warning'), color: token('color.text'), padding: '0 1px', borderRadius: 2 }}>{text.slice(finding.start, finding.end)}</mark>
      {text.slice(finding.end, to)}{to < text.length ? '…' : ''}
    </blockquote>
  );
}

function FindingCard({ finding, text, onApply, onDismiss }: {
  finding: Finding; text: string; onApply: () => void; onDismiss: (reason: string) => void;
}) {
  const { readOnly } = usePanelEnv();
  const id = useId();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  return (
    <ItemCard testId="finding" labelledBy={`${id}-title`} title={<span id={`${id}-title`}>{finding.fieldLabel}</span>}>
      <InPlace text={text} finding={finding} />
      <p style={{ margin: `0 0 ${token('space.050')}` }}>{finding.message}</p>
      {finding.noSuggestion ? (
        <p data-testid="finding-no-suggestion" style={{ margin: `0 0 ${token('space.100')}`, color: token('color.text.subtle') }}>
          No rewrite is suggested. Edit the sentence in its stage, or dismiss the finding with a reason.
        </p>
      ) : (
        <p style={{ margin: `0 0 ${token('space.100')}` }}>
          <span style={{ color: token('color.text.subtle') }}>Suggested rewrite: </span>
          <span data-testid="finding-suggestion" style={{ fontWeight: token('font.weight.medium') }}>{finding.suggestion || '(remove these words)'}</span>
        </p>
      )}
      {readOnly ? null : dismissing ? (
        <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'end', flexWrap: 'wrap' }}>
          <div style={{ flex: 1, minWidth: 220 }}>
            <FieldShell label="Why these words should stay" htmlFor={`${id}-reason`} error={tried && !reason.trim() ? 'Give a reason' : null}>
              <Textfield id={`${id}-reason`} isCompact autoFocus value={reason} onChange={(e) => setReason(e.currentTarget.value)}
                placeholder="e.g. quoting the customer's report" />
            </FieldShell>
          </div>
          <div style={{ display: 'flex', gap: token('space.100'), marginBlockEnd: token('space.150') }}>
            <Button appearance="primary" onClick={() => { setTried(true); if (reason.trim()) onDismiss(reason.trim()); }}>Dismiss finding</Button>
            <Button appearance="subtle" onClick={() => { setDismissing(false); setTried(false); }}>Cancel</Button>
          </div>
        </div>
      ) : (
        <div style={{ display: 'flex', gap: token('space.100'), marginBlockEnd: token('space.100') }}>
          {finding.noSuggestion ? null : <Button appearance="primary" onClick={onApply}>Apply suggestion</Button>}
          <Button onClick={() => setDismissing(true)}>Dismiss with reason…</Button>
        </div>
      )}
    </ItemCard>
  );
}

function Checklist({ completeness }: { completeness: StageCompleteness }) {
  return (
    <ul data-testid="completeness-checklist" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: token('space.075') }}>
      {STAGE_IDS.filter((id) => id !== 'follow-through').map((id) => {
        const state = completeness[id];
        return (
          <li key={id} data-stage={id} data-complete={state.complete} style={{ margin: 0 }}>
            <span aria-hidden style={{ color: state.complete ? token('color.icon.success') : token('color.icon.danger'), fontWeight: token('font.weight.bold'), display: 'inline-block', width: 20 }}>
              {state.complete ? '✓' : '✗'}
            </span>
            <span style={{ fontWeight: token('font.weight.medium') }}>{id === 'review' ? 'Blameless language' : STAGE_LABELS[id]}</span>
            <span style={{ color: token('color.text.subtle') }}>{state.complete ? ' — done' : ` — ${state.missing.join('; ')}`}</span>
          </li>
        );
      })}
    </ul>
  );
}

export interface ReviewStageProps extends StageProps {
  findings: Finding[];
  completeness: StageCompleteness;
  onComplete: () => Promise<CompleteOutcome>;
}

export function ReviewStage({ doc, update, state, headingId, findings, completeness, onComplete }: ReviewStageProps) {
  const { readOnly, today, people, timeZone } = usePanelEnv();
  const [completing, setCompleting] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; problems: string[] } | null>(null);
  const dismissed = new Map(doc.review.dismissedFindings.map((d) => [d.findingId, d]));
  const open = findings.filter((f) => !dismissed.get(f.id)?.reason.trim());
  const kept = findings.filter((f) => dismissed.get(f.id)?.reason.trim());
  const check = completionCheck(doc, today, findings);
  const ownMissing = reviewMissing(doc, findings);
  const completedAt = doc.review.completedAt;

  const setDismissed = (change: (list: DismissedFinding[]) => DismissedFinding[]) =>
    update((d) => ({ ...d, review: { ...d.review, dismissedFindings: change(d.review.dismissedFindings) } }));
  const apply = (finding: Finding) => update((d) => {
    const text = readFieldText(d, finding.field);
    return text === null ? d : writeFieldText(d, finding.field, applySuggestion(text, finding));
  });
  const complete = async () => {
    setCompleting(true);
    setRefusal(null);
    const outcome = await onComplete();
    setCompleting(false);
    if (!outcome.ok) setRefusal({ message: outcome.message, problems: outcome.problems });
    else showIssueChanges();
  };

  return (
    <div>
      {/* Which other stages are open is the checklist's to say, once: the header names only the findings. */}
      <StageHeader id={headingId} title="Review" complete={state.complete} missing={ownMissing}
        intro="Check the words are blameless, check nothing is missing, then complete the post-mortem." />

      <section aria-labelledby={`${headingId}-findings`} style={{ marginBlockEnd: token('space.250') }}>
        <Heading size="xsmall" as="h3" id={`${headingId}-findings`}>Blameless language ({open.length} to resolve)</Heading>
        {open.length === 0 ? (
          <p data-testid="no-findings" style={{ color: token('color.text.success'), margin: `${token('space.075')} 0` }}>No blaming language found.</p>
        ) : (
          <div style={{ marginBlockStart: token('space.100') }}>
            {open.map((finding) => (
              <FindingCard key={finding.id} finding={finding} text={readFieldText(doc, finding.field) ?? finding.text}
                onApply={() => apply(finding)}
                onDismiss={(reason) => setDismissed((list) => [...list.filter((d) => d.findingId !== finding.id), { findingId: finding.id, reason }])} />
            ))}
          </div>
        )}
        {kept.length > 0 ? (
          <details style={{ marginBlockStart: token('space.100') }}>
            <summary style={{ cursor: 'pointer', color: token('color.text.subtle') }}>{kept.length} dismissed with a reason</summary>
            <ul style={{ margin: `${token('space.075')} 0 0`, paddingInlineStart: token('space.250') }}>
              {kept.map((f) => (
                <li key={f.id} data-testid="dismissed-finding" style={{ margin: `0 0 ${token('space.050')}` }}>
                  “{f.text}” in {f.fieldLabel}: {dismissed.get(f.id)?.reason}
                  {readOnly ? null : (
                    <> <Button spacing="compact" appearance="subtle" onClick={() => setDismissed((list) => list.filter((d) => d.findingId !== f.id))}>Restore</Button></>
                  )}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby={`${headingId}-checklist`} style={{ marginBlockEnd: token('space.250') }}>
        <Heading size="xsmall" as="h3" id={`${headingId}-checklist`}>Completeness</Heading>
        <div style={{ marginBlockStart: token('space.075') }}><Checklist completeness={{ ...completeness, review: { complete: ownMissing.length === 0, missing: ownMissing } }} /></div>
      </section>

      <section aria-labelledby={`${headingId}-complete`}>
        <Heading size="xsmall" as="h3" id={`${headingId}-complete`}>Complete</Heading>
        {completedAt ? (
          <div data-testid="completed" style={{ marginBlockStart: token('space.075') }}>
            <SectionMessage appearance="success" title="Post-mortem complete">
              <p>Completed {formatDateTime(completedAt, timeZone)}
                {doc.review.completedBy ? ` by ${people.find((p) => p.accountId === doc.review.completedBy)?.displayName ?? 'a team member'}` : ''}.
                The summary is posted as a comment on the incident; follow the action items in Follow-through.</p>
            </SectionMessage>
          </div>
        ) : (
          <>
            <p style={{ margin: `${token('space.075')} 0 ${token('space.100')}`, color: token('color.text.subtle') }}>
              Completing posts a summary comment on {doc.actionItems.length ? 'the incident, naming the action items and their owners' : 'the incident'}.
            </p>
            {refusal ? (
              <div role="alert" style={{ marginBlockEnd: token('space.100') }}>
                <SectionMessage appearance="error" title="The post-mortem wasn’t completed">
                  <p>{refusal.message}</p>
                  {refusal.problems.length ? <ul>{refusal.problems.map((p) => <li key={p}>{p}</li>)}</ul> : null}
                </SectionMessage>
              </div>
            ) : null}
            {readOnly ? null : (
              <Button appearance="primary" isDisabled={!check.ok} isLoading={completing} onClick={() => { void complete(); }}>
                Complete post-mortem
              </Button>
            )}
            {!check.ok && !readOnly ? (
              <p style={{ margin: `${token('space.075')} 0 0`, color: token('color.text.subtle'), font: token('font.body.small') }}>
                Available when every stage above is done.
              </p>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
