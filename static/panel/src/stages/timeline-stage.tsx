/**
 * Stage 2, Timeline: the incident's events in order, in the viewer's time zone. Events suggested by
 * the incident's Jira history can be added one by one or all at once; every event can be edited,
 * removed (a removed Jira event is not suggested again) and marked as a key event. A Jira event
 * carries a "From Jira" tag until someone edits it.
 */
import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import Checkbox from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import {
  addTimelineEvent,
  editTimelineEvent,
  mergeTimeline,
  removeTimelineEvent,
  setKeyEvent,
  type Timeline,
  type TimelineEvent,
  type TimelineEventKind,
} from '../../../../src/domain/postmortem';
import { StageHeader } from '../components/stage-header';
import { usePanelEnv } from '../editor/panel-env';
import { FieldShell } from '../fields/field-shell';
import { TextInput } from '../fields/text-input';
import { ZonedDateTimeInput } from '../fields/zoned-date-time-input';
import { newId } from '../model/new-id';
import { formatDateTime, timeZoneLabel } from '../model/zoned-time';
import type { StageProps } from './stage-props';

const KIND_LABELS: Record<TimelineEventKind, string> = {
  status: 'Status', priority: 'Priority', assignee: 'Assignee', comment: 'Comment', link: 'Link', custom: 'Note',
};

/** Jira's suggestions that the timeline has neither taken nor had removed. */
export function openSuggestions(timeline: Timeline, suggestions: TimelineEvent[]): TimelineEvent[] {
  const present = new Set(timeline.events.map((e) => e.sourceId).filter(Boolean));
  const dismissed = new Set(timeline.dismissedSourceIds);
  return suggestions.filter((s) => s.sourceId && !present.has(s.sourceId) && !dismissed.has(s.sourceId));
}

function EventRow({ event, position, onChange, readOnly }: {
  event: TimelineEvent; position: number; readOnly: boolean; onChange: (change: (t: Timeline) => Timeline) => void;
}) {
  const { timeZone } = usePanelEnv();
  const [editing, setEditing] = useState(false);
  const fromJira = event.source === 'jira' && !event.edited;
  return (
    <li data-testid="timeline-event" data-event-id={event.id} data-key={event.key}
      style={{
        margin: 0, padding: `${token('space.100')} ${token('space.150')}`, borderInlineStart: `3px solid ${event.key ? token('color.border.brand') : token('color.border')}`,
        background: event.key ? token('color.background.selected') : token('elevation.surface'), borderRadius: token('radius.small'),
      }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap' }}>
        <time dateTime={event.at} style={{ fontWeight: token('font.weight.semibold'), whiteSpace: 'nowrap' }}>{formatDateTime(event.at, timeZone)}</time>
        <Lozenge>{KIND_LABELS[event.kind]}</Lozenge>
        {fromJira ? <Lozenge appearance="inprogress">From Jira</Lozenge> : null}
        {event.source === 'jira' && event.edited ? <Lozenge appearance="moved">Edited</Lozenge> : null}
        <span style={{ flex: 1 }} />
        {readOnly ? null : (
          <>
            <Checkbox label="Key event" isChecked={event.key} name={`key-${event.id}`}
              onChange={(e) => { const key = e.currentTarget.checked; onChange((t) => setKeyEvent(t, event.id, key)); }} />
            <Button spacing="compact" appearance="subtle" aria-expanded={editing} aria-label={`${editing ? 'Finish editing' : 'Edit'} event ${position}`}
              onClick={() => setEditing((v) => !v)}>{editing ? 'Done' : 'Edit'}</Button>
            <Button spacing="compact" appearance="subtle" aria-label={`Remove event ${position}`} onClick={() => onChange((t) => removeTimelineEvent(t, event.id))}>Remove</Button>
          </>
        )}
      </div>
      {editing && !readOnly ? (
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.5fr)', columnGap: token('space.150'), marginBlockStart: token('space.100') }}>
          <ZonedDateTimeInput label={`Event ${position} time`} value={event.at}
            onChange={(at) => { if (at) onChange((t) => editTimelineEvent(t, event.id, { at })); }} />
          <TextInput label={`Event ${position} text`} value={event.text} onChange={(text) => onChange((t) => editTimelineEvent(t, event.id, { text }))} />
        </div>
      ) : (
        <p style={{ margin: `${token('space.050')} 0 0`, overflowWrap: 'anywhere' }}>
          {event.text || <span style={{ color: token('color.text.subtlest') }}>(no text)</span>}
          {event.author ? <span style={{ color: token('color.text.subtle') }}> — {event.author}</span> : null}
        </p>
      )}
    </li>
  );
}

function AddEventForm({ onAdd }: { onAdd: (event: { at: string; text: string; key: boolean }) => void }) {
  const id = useId();
  const [at, setAt] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [key, setKey] = useState(false);
  const [tried, setTried] = useState(false);
  const add = () => {
    setTried(true);
    if (!at || !text.trim()) return;
    onAdd({ at, text: text.trim(), key });
    setText('');
    setKey(false);
    setTried(false);
  };
  return (
    <section aria-labelledby={`${id}-title`} style={{ marginBlockStart: token('space.200') }}>
      <Heading size="xsmall" as="h3" id={`${id}-title`}>Add an event</Heading>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.4fr)', columnGap: token('space.150'), marginBlockStart: token('space.075') }}>
        <ZonedDateTimeInput label="Event time" value={at} onChange={setAt} error={tried && !at ? 'Choose when it happened' : null} testId="new-event-time" />
        <FieldShell label="What happened" htmlFor={`${id}-text`} error={tried && !text.trim() ? 'Describe the event' : null}>
          <Textfield id={`${id}-text`} isCompact value={text} onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
        </FieldShell>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.200') }}>
        <Checkbox label="Key event" isChecked={key} onChange={(e) => setKey(e.currentTarget.checked)} name="new-event-key" />
        <Button onClick={add}>Add event</Button>
      </div>
    </section>
  );
}

export function TimelineStage({ doc, update, state, headingId, suggestions }: StageProps & { suggestions: TimelineEvent[] }) {
  const { timeZone, readOnly } = usePanelEnv();
  const changeTimeline = (change: (t: Timeline) => Timeline) => update((d) => ({ ...d, timeline: change(d.timeline) }));
  const events = doc.timeline.events;
  const open = openSuggestions(doc.timeline, suggestions);

  return (
    <div>
      <StageHeader id={headingId} title="Timeline" complete={state.complete} missing={state.missing}
        intro={`What happened when, from the incident's Jira history and your own notes. Times are in ${timeZoneLabel(timeZone, new Date())}.`} />

      {events.length === 0 ? <p style={{ color: token('color.text.subtle') }}>No events yet. Add them from Jira’s history below, or your own.</p> : null}
      <ol aria-label="Timeline events" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: token('space.075') }}>
        {events.map((event, i) => <EventRow key={event.id} event={event} position={i + 1} readOnly={readOnly} onChange={changeTimeline} />)}
      </ol>

      {!readOnly && open.length > 0 ? (
        <section aria-labelledby={`${headingId}-suggestions`} data-testid="timeline-suggestions" style={{ marginBlockStart: token('space.200') }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100') }}>
            <Heading size="xsmall" as="h3" id={`${headingId}-suggestions`}>From the incident’s Jira history ({open.length})</Heading>
            <span style={{ flex: 1 }} />
            <Button spacing="compact" onClick={() => changeTimeline((t) => mergeTimeline(t, open))}>Add all</Button>
          </div>
          <ul style={{ listStyle: 'none', margin: `${token('space.075')} 0 0`, padding: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: token('space.050') }}>
            {open.map((s) => (
              <li key={s.id} data-testid="timeline-suggestion" style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), margin: 0 }}>
                <time dateTime={s.at} style={{ whiteSpace: 'nowrap', color: token('color.text.subtle') }}>{formatDateTime(s.at, timeZone)}</time>
                <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={s.text}>{s.text}</span>
                <Button spacing="compact" aria-label={`Add “${s.text}”`} onClick={() => changeTimeline((t) => mergeTimeline(t, [s]))}>Add</Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {readOnly ? null : <AddEventForm onAdd={({ at, text, key }) => changeTimeline((t) => addTimelineEvent(t, { id: newId('event'), at, text, key }))} />}
    </div>
  );
}
