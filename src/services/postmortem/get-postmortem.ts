/**
 * getPostmortem: the panel's whole view of an incident's post-mortem in at most two Jira requests
 * (GET issue with fields, changelog and both properties; GET mypermissions), plus a third only for
 * an issue type other than `Incident` (the project's incident types). Nothing is written: a
 * post-mortem never saved is shown as an empty document at revision 0.
 */
import type { PostmortemView } from '../../contracts/postmortem';
import { buildTimelineSuggestions, type PostmortemDocument, type TimelineEvent } from '../../domain/postmortem';
import { openIncidentSession } from './incident-session';
import { defaultPostmortemPorts, type PostmortemPorts, type PostmortemRequester } from './ports';
import { describeDocument } from './postmortem-state';
import { readStoredDocument } from './stored-document';
import { viewerToday } from './viewer-date';

/** Jira events the facilitator has neither taken into the timeline nor dismissed. */
export function pendingSuggestions(document: PostmortemDocument, suggestions: TimelineEvent[]): TimelineEvent[] {
  const known = new Set([
    ...document.timeline.events.flatMap((e) => (e.sourceId ? [e.sourceId] : [])),
    ...document.timeline.dismissedSourceIds,
  ]);
  return suggestions.filter((s) => !s.sourceId || !known.has(s.sourceId));
}

export async function getPostmortem(
  requester: Pick<PostmortemRequester, 'issueKey' | 'siteUrl' | 'timezone'>,
  ports: PostmortemPorts = defaultPostmortemPorts(),
): Promise<PostmortemView> {
  const now = ports.now();
  const { snapshot, canEdit } = await openIncidentSession(ports.jira, requester.issueKey, requester.siteUrl);
  const { document } = readStoredDocument(snapshot.stored, snapshot.ref, now);
  const { stages, findings, revision } = describeDocument(document, viewerToday(now, requester.timezone), snapshot.people);
  return {
    incident: snapshot.incident,
    document,
    timelineSuggestions: pendingSuggestions(document, buildTimelineSuggestions(snapshot.timelineSource)),
    stages,
    findings,
    canEdit,
    people: snapshot.people,
    revision,
  };
}
