/** Issue and project entity properties in the Jira emulator, including Jira's 32,768-character limit. */
import { emptyEmulatorPerFile, importIssue, type EmulatorServer } from './emulator-server';

let s: EmulatorServer;
emptyEmulatorPerFile({
  ready: (server) => { s = server; },
  eachTest: (emulator) => emulator.importIssues({ issues: [importIssue({ key: 'QA-1' })] } as never),
});

/** A JSON value whose serialization is exactly `length` characters. */
const valueOfLength = (length: number) => ({ text: 'x'.repeat(length - '{"text":""}'.length) });

describe('issue properties', () => {
  it('PUT answers 201 when created and 200 when updated; GET returns {key, value}; keys are listed', async () => {
    const doc = { revision: 1, status: 'draft', openActions: 0 };
    const created = await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1/properties/qa-postmortem', doc);
    expect(created.status).toBe(201);
    const updated = await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1/properties/qa-postmortem', { ...doc, revision: 2 });
    expect(updated.status).toBe(200);
    const read = await s.call('dave', 'GET', '/rest/api/3/issue/QA-1/properties/qa-postmortem');
    expect(read.body).toEqual({ key: 'qa-postmortem', value: { ...doc, revision: 2 } });
    const keys = await s.call('dave', 'GET', '/rest/api/3/issue/QA-1/properties');
    const id = s.emulator.store.issueByIdOrKey('QA-1')?.id;
    expect(keys.body).toEqual({ keys: [{ key: 'qa-postmortem', self: `${s.url}/rest/api/3/issue/${id}/properties/qa-postmortem` }] });
  });

  it('accepts non-object JSON values and deletes with 204, then 404', async () => {
    expect((await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1/properties/count', 3)).status).toBe(201);
    expect((await s.call('bob', 'GET', '/rest/api/3/issue/QA-1/properties/count')).body.value).toBe(3);
    expect((await s.call('bob', 'DELETE', '/rest/api/3/issue/QA-1/properties/count')).status).toBe(204);
    const gone = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1/properties/count');
    expect(gone.status).toBe(404);
    expect(gone.body.errorMessages[0]).toMatch(/count/);
    expect((await s.call('bob', 'DELETE', '/rest/api/3/issue/QA-1/properties/count')).status).toBe(404);
  });

  it('accepts exactly 32,768 characters of JSON and refuses 32,769 with 400, keeping the old value', async () => {
    expect(JSON.stringify(valueOfLength(32768))).toHaveLength(32768);
    expect((await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1/properties/big', valueOfLength(32768))).status).toBe(201);
    const tooBig = await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1/properties/big', valueOfLength(32769));
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errorMessages[0]).toMatch(/32768/);
    expect(JSON.stringify(s.emulator.store.issueByIdOrKey('QA-1')?.properties.get('big'))).toHaveLength(32768);
  });

  it('refuses a missing body and malformed JSON with 400', async () => {
    const empty = await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1/properties/x', undefined, { 'content-type': 'application/json' });
    expect(empty.status).toBe(400);
    const malformed = await fetch(`${s.url}/rest/api/3/issue/QA-1/properties/x`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('bob@example.com:t').toString('base64')}` },
      body: '{"a":',
    });
    expect(malformed.status).toBe(400);
    expect(s.emulator.store.issueByIdOrKey('QA-1')?.properties.has('x')).toBe(false);
  });
});

describe('project properties', () => {
  it('stores project settings for admins, readable by anyone who browses the project, size-limited', async () => {
    expect((await s.call('alice', 'PUT', '/rest/api/3/project/QA/properties/qa-postmortem-settings', { defectIssueTypes: ['Bug'] })).status).toBe(201);
    expect((await s.call('alice', 'PUT', '/rest/api/3/project/10000/properties/qa-postmortem-settings', { defectIssueTypes: ['Bug', 'Defect'] })).status).toBe(200);
    const read = await s.call('carol', 'GET', '/rest/api/3/project/QA/properties/qa-postmortem-settings');
    expect(read.body).toEqual({ key: 'qa-postmortem-settings', value: { defectIssueTypes: ['Bug', 'Defect'] } });
    expect((await s.call('carol', 'GET', '/rest/api/3/project/QA/properties')).body.keys.map((k: { key: string }) => k.key)).toEqual(['qa-postmortem-settings']);
    expect((await s.call('alice', 'PUT', '/rest/api/3/project/QA/properties/big', valueOfLength(32769))).status).toBe(400);
    expect((await s.call('alice', 'GET', '/rest/api/3/project/NOPE/properties')).status).toBe(404);
  });
});
