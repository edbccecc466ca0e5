import { namedItemsFromJira, projectFromJira } from '../../../../src/jira/mappers/project';

describe('projectFromJira', () => {
  it('keeps the project\'s id, key and name and its named issue types, components and versions, in Jira\'s order', () => {
    expect(projectFromJira({
      id: '10000',
      key: 'QA',
      name: 'QA Platform',
      issueTypes: [{ id: '1', name: 'Bug', subtask: false }, { id: '2' }],
      components: [{ id: '10', name: 'Payments', description: 'Card flows' }],
      versions: [
        { id: 'v1', name: '1.2', released: true, releaseDate: '2026-02-10' },
        { id: 'v2', name: '1.3' },
        { id: 'v3', released: true },
      ],
    })).toEqual({
      id: '10000',
      key: 'QA',
      name: 'QA Platform',
      issueTypes: [{ id: '1', name: 'Bug' }],
      components: [{ id: '10', name: 'Payments' }],
      versions: [{ id: 'v1', name: '1.2', released: true, releaseDate: '2026-02-10' }, { id: 'v2', name: '1.3', released: false, releaseDate: null }],
    });
  });

  it('has empty lists for what Jira left out', () => {
    expect(projectFromJira({ key: 'QA' })).toMatchObject({ key: 'QA', issueTypes: [], components: [], versions: [] });
    expect(namedItemsFromJira(undefined)).toEqual([]);
  });
});
