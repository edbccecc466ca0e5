/**
 * The fault matrix (harness.ts) for the panel's post-mortem resolvers: save, complete, read, status.
 */
import { PostmortemDocumentSchema, type PostmortemDocument } from '../../../src/domain/postmortem';
import { workedDocument } from '../../helpers/postmortem-builders';
import { commentCount, storedDocument } from '../../integration/postmortem/panel-client';
import { faultMatrix, PANEL, type Fixture } from './harness';

const now = new Date();
const matrix = faultMatrix('postmortem', now);
const stored = (f: Fixture) => storedDocument(matrix.sandbox(), f.key) as PostmortemDocument;
const whole = (f: Fixture) => expect(PostmortemDocumentSchema.safeParse(stored(f)).success).toBe(true);
const revisions = new Map<string, number>();
const prepared = async (f: Fixture) => { revisions.set(f.key, await matrix.saveAsAlice(f, workedDocument(now))); };
const EDITED = 'Edited under faults';

matrix.run([
  {
    name: 'savePostmortem',
    writes: true,
    prepare: prepared,
    call: (f) => {
      const base = revisions.get(f.key) as number;
      const edited = { ...stored(f), gather: { ...stored(f).gather, impactSummary: EDITED } };
      return matrix.invoke('alice', PANEL, 'savePostmortem', { document: edited, baseRevision: base }, matrix.extensionOf(f));
    },
    consistent: (f) => {
      whole(f);
      const base = revisions.get(f.key) as number;
      // The one before or the one after, never a mix.
      expect([`${base}:false`, `${base + 1}:true`]).toContain(`${stored(f).revision}:${stored(f).gather.impactSummary === EDITED}`);
    },
    finished: (f) => expect(stored(f).gather.impactSummary).toBe(EDITED),
  },
  {
    name: 'completePostmortem',
    writes: true,
    prepare: prepared,
    call: (f) => matrix.invoke('alice', PANEL, 'completePostmortem', { baseRevision: revisions.get(f.key) }, matrix.extensionOf(f)),
    consistent: (f) => {
      whole(f);
      expect(commentCount(matrix.sandbox(), f.key)).toBeLessThanOrEqual(2); // the imported comment, and at most one summary
    },
    finished: (f) => {
      expect(stored(f).status).toBe('complete');
      expect(commentCount(matrix.sandbox(), f.key)).toBe(2);
    },
  },
  { name: 'getPostmortem', prepare: prepared, call: matrix.panelCall('getPostmortem'), consistent: whole },
  {
    name: 'getPostmortemStatus',
    prepare: prepared,
    call: (f) => matrix.invoke('alice', 'qa-postmortem-context', 'getPostmortemStatus', {}, matrix.extensionOf(f)),
    consistent: whole,
  },
]);
