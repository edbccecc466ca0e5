/**
 * The `jira:entityProperty` index of manifest.yml makes the post-mortem's status, stage, open,
 * overdue and done action counts, fix-validation state and root-cause category searchable. Documents saved through the panel's resolvers
 * are found with JQL through the emulator's POST /rest/api/3/search/jql.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INDEX_FIELDS } from '../../../src/domain/postmortem';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { actionItemFor, blankDocument, workedDocument } from '../../helpers/postmortem-builders';
import { dataOf, importIncidents, incidentImport, panelClient } from './panel-client';

let sandbox: Sandbox;
let panel: ReturnType<typeof panelClient>;
let twoOpen: string;
let draft: string;
let completed: string;
const now = new Date();

/** What JQL finds once Jira's search index has caught up with the saves (it lags behind them). */
async function search(jql: string): Promise<string[]> {
  await sandbox.searchIndexed();
  const answer = await sandbox.jira<{ issues: { key: string }[] }>('bob', '/rest/api/3/search/jql', {
    method: 'POST', body: { jql: `${jql} ORDER BY key ASC`, fields: ['summary'], maxResults: 50 },
  });
  if (answer.status !== 200) throw new Error(`search failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.issues.map((i) => i.key);
}

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  // The index still lags behind every write; a short lag keeps the waits below short.
  await sandbox.configure({ searchLagMs: 300 });
  panel = panelClient(sandbox);
  [twoOpen, draft, completed] = importIncidents(sandbox, incidentImport(now), incidentImport(now), incidentImport(now));

  const worked = workedDocument(now);
  dataOf(await panel.save('alice', twoOpen, { ...worked, actionItems: [actionItemFor(now), actionItemFor(now, { id: 'action-2' })] }, 0));
  dataOf(await panel.save('alice', draft, { ...blankDocument(now, draft), rootCause: { whys: [], contributingFactors: [], category: 'environment-gap' } }, 0));
  const saved = dataOf(await panel.save('bob', completed, worked, 0));
  dataOf(await panel.complete('bob', completed, saved.revision));
});
afterAll(() => sandbox.close());

describe('JQL over the post-mortem index', () => {
  it('the manifest indexes exactly these paths of qa-postmortem', () => {
    const manifest = parse(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8')) as {
      modules: { 'jira:entityProperty': { propertyKey: string; entityType: string; values: { path: string; type: string }[] }[] };
    };
    const index = manifest.modules['jira:entityProperty'].find((m) => m.propertyKey === 'qa-postmortem')!;
    expect(index).toMatchObject({ entityType: 'issue', propertyKey: 'qa-postmortem' });
    expect(index.values.map((v) => [v.path, v.type])).toEqual([
      ['status', 'string'], ['stage', 'string'], ['openActions', 'number'],
      ['overdueActions', 'number'], ['doneActions', 'number'], ['fixValidation', 'string'],
      ['rootCauseCategory', 'string'],
    ]);
    expect(index.values.map((v) => v.path)).toEqual([...INDEX_FIELDS]);
  });

  it('finds post-mortems by status', async () => {
    expect(await search('issue.property[qa-postmortem].status = complete')).toEqual([completed]);
    expect(await search('issue.property[qa-postmortem].status = "in-progress"')).toEqual([twoOpen]);
    expect(await search('issue.property[qa-postmortem].status = draft')).toEqual([draft]);
  });

  it('finds post-mortems by stage', async () => {
    expect(await search('issue.property[qa-postmortem].stage = "follow-through"')).toEqual([completed]);
    expect(await search('issue.property[qa-postmortem].stage = gather')).toEqual([draft]);
  });

  it('finds post-mortems by open action count', async () => {
    expect(await search('issue.property[qa-postmortem].openActions > 0')).toEqual([twoOpen, completed]);
    expect(await search('issue.property[qa-postmortem].openActions > 1')).toEqual([twoOpen]);
    expect(await search('issue.property[qa-postmortem].openActions = 0')).toEqual([draft]);
  });

  it('stores the follow-through fields on every save, so they can be searched', async () => {
    expect(await search('issue.property[qa-postmortem].overdueActions = 0')).toEqual([twoOpen, draft, completed]);
    expect(await search('issue.property[qa-postmortem].doneActions = 0')).toEqual([twoOpen, draft, completed]);
    expect(await search('issue.property[qa-postmortem].fixValidation = none')).toEqual([twoOpen, draft, completed]);
    expect(await search('issue.property[qa-postmortem].overdueActions > 0')).toEqual([]);
  });

  it('finds post-mortems by root-cause category', async () => {
    expect(await search('issue.property[qa-postmortem].rootCauseCategory = "test-gap"')).toEqual([twoOpen, completed]);
    expect(await search('issue.property[qa-postmortem].rootCauseCategory = "environment-gap"')).toEqual([draft]);
  });

  it('combines with ordinary JQL', async () => {
    expect(await search('project = QA AND issuetype = Incident AND issue.property[qa-postmortem].status != complete')).toEqual([twoOpen, draft]);
  });
});
