/** Points the emulator charges for the reads the metrics make (sandbox/emulator/rate-limits.ts). */
import { pointsFor } from '../../../sandbox/emulator/rate-limits';

describe('pointsFor', () => {
  it('charges POST jql/match as a read: 1, plus each issue id a query returns, once per query', () => {
    const body = { matches: [{ matchedIssues: [10001, 10002], errors: [] }, { matchedIssues: [10001], errors: [] }, { matchedIssues: [], errors: ['bad'] }] };
    expect(pointsFor('POST', '/rest/api/3/jql/match', 200, body)).toBe(4);
    expect(pointsFor('POST', '/rest/api/3/jql/match', 400, { errorMessages: ['too many'] })).toBe(1);
  });

  it('charges a page of versions 1 plus its versions, whatever the project holds', () => {
    const page = { startAt: 0, maxResults: 4, total: 300, isLast: false, values: [{ name: '1.6' }, { name: '1.5' }, { name: '1.4' }, { name: '1.3' }] };
    expect(pointsFor('GET', '/rest/api/3/project/QA/version', 200, page)).toBe(5);
    expect(pointsFor('GET', '/rest/api/3/project/QA/versions', 200, Array.from({ length: 300 }, (_, i) => ({ name: `1.${i}` })))).toBe(301);
  });
});
