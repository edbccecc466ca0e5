/**
 * The issue-property size limit through the local host against the emulator (which refuses values
 * over 32,768 bytes as Jira does): a long timeline goes to `qa-postmortem-timeline` and reads
 * back whole; when it fits again the overflow is removed; a document too large even split is
 * refused with TOO_LARGE naming the part, and nothing is written.
 */
import type { TooLargeDetails } from '../../../src/contract';
import { PROPERTY_VALUE_MAX_BYTES, roomToKeep, TIMELINE_PROPERTY_KEY, type PostmortemDocument } from '../../../src/domain/postmortem';
import type { Sandbox } from '../../helpers/sandbox';
import { userEvent, withOverflowingTimeline, workedDocument } from '../../helpers/postmortem-builders';
import {
  clearJiraCalls, dataOf, incidentImport, jiraWrites, refusalOf, storedDocument, storedTimeline, usePanelSuite, type PanelClient,
} from './panel-client';

let sandbox: Sandbox;
let panel: PanelClient;
let incident: string;
const now = new Date();

// One incident for the whole file: each test goes on from what the one before it stored.
usePanelSuite(() => [incidentImport(now)], (suite) => ({ sandbox, panel, keys: [incident] } = suite), { resetEachTest: false });

const propertyPath = (key: string) => `/rest/api/3/issue/${incident}/properties/${key}`;

describe('post-mortems larger than one issue property', () => {
  const big = withOverflowingTimeline(now, workedDocument(now));

  it('stores a long timeline in the overflow property, written before the main one, and reads it back whole', async () => {
    expect(JSON.stringify(big).length).toBeGreaterThan(PROPERTY_VALUE_MAX_BYTES);
    clearJiraCalls(sandbox);
    const saved = dataOf(await panel.save('alice', incident, big, 0));
    expect(jiraWrites(sandbox)).toEqual([`PUT ${propertyPath(TIMELINE_PROPERTY_KEY)}`, `PUT ${propertyPath('qa-postmortem')}`]);

    const main = storedDocument(sandbox, incident);
    expect(main?.timeline).toEqual({
      events: [], dismissedSourceIds: [], storedSeparately: { property: TIMELINE_PROPERTY_KEY, revision: 1, eventCount: big.timeline.events.length },
    });
    expect(storedTimeline(sandbox, incident)).toMatchObject({ revision: 1, events: big.timeline.events });

    const view = dataOf(await panel.get('bob', incident));
    expect(view.document.timeline.events).toEqual(big.timeline.events);
    expect(view.document).toEqual(saved.document);
  });

  it('removes the overflow once the timeline fits in the main property again', async () => {
    const current = dataOf(await panel.get('alice', incident));
    const shorter: PostmortemDocument = { ...current.document, timeline: { events: [userEvent(now)], dismissedSourceIds: [] } };
    clearJiraCalls(sandbox);
    dataOf(await panel.save('alice', incident, shorter, current.revision));
    expect(jiraWrites(sandbox)).toEqual([`PUT ${propertyPath('qa-postmortem')}`, `DELETE ${propertyPath(TIMELINE_PROPERTY_KEY)}`]);
    expect(storedTimeline(sandbox, incident)).toBeUndefined();
    expect(dataOf(await panel.get('alice', incident)).document.timeline.events).toEqual([userEvent(now)]);
  });

  it('refuses a post-mortem too large even split with TOO_LARGE naming the part, writing nothing', async () => {
    const current = dataOf(await panel.get('alice', incident));
    const before = storedDocument(sandbox, incident);
    const huge: PostmortemDocument = {
      ...current.document,
      actionItems: Array.from({ length: 40 }, (_, i) => ({ ...workedDocument(now).actionItems[0], id: `a${i}`, description: 'Cover every card scheme. '.repeat(40) })),
    };
    clearJiraCalls(sandbox);
    const answer = await panel.save('alice', incident, huge, current.revision);
    const error = refusalOf(answer, 413, 'TOO_LARGE');
    expect(error.message).toContain('Action items');
    const { parts } = error.details as TooLargeDetails;
    // A save from the panel keeps room for what the app records later: 300 bytes and 400 per item.
    const limit = PROPERTY_VALUE_MAX_BYTES - roomToKeep(huge);
    expect(parts).toEqual([expect.objectContaining({ section: 'actionItems', label: 'Action items', limit })]);
    expect(parts[0].bytes).toBeGreaterThan(limit);
    expect(error.message).toMatch(/kept free for the Jira tasks and follow-through/);
    expect(jiraWrites(sandbox)).toEqual([]);
    expect(storedDocument(sandbox, incident)).toEqual(before);
    expect(storedTimeline(sandbox, incident)).toBeUndefined();
  });
});
