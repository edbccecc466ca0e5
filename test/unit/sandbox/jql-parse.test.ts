import { parseJqlQueries } from '../../../sandbox/emulator/jql';
import { USERS } from '../../../sandbox/seed/base';
import { buildIssue, createTestStore } from '../../helpers/em-store';

const NOW = new Date('2026-03-18T10:30:00.000Z');
const store = createTestStore({ now: NOW, issues: [buildIssue('QA-1', '2026-03-01T09:00:00.000Z')] });

function parseOne(query: string, validation: 'strict' | 'warn' | 'none' = 'strict', viewer?: string | null) {
  const { queries } = parseJqlQueries({ queries: [query] }, validation, store, viewer);
  expect(queries).toHaveLength(1);
  return queries[0];
}

describe('parseJqlQueries: structure', () => {
  it('renders compound clauses, values, lists, functions and ORDER BY as Jira does', () => {
    const query = 'project = QA AND labels in (found-in-production, "to do") OR assignee = currentUser() ORDER BY created DESC, key';
    expect(parseOne(query)).toEqual({
      query,
      structure: {
        where: {
          operator: 'or',
          clauses: [
            {
              operator: 'and',
              clauses: [
                { field: { name: 'project', encodedName: 'project' }, operator: '=', operand: { value: 'QA', encodedValue: 'QA' } },
                {
                  field: { name: 'labels', encodedName: 'labels' },
                  operator: 'in',
                  operand: {
                    values: [
                      { value: 'found-in-production', encodedValue: 'found-in-production' },
                      { value: 'to do', encodedValue: '"to do"' },
                    ],
                    encodedOperand: '(found-in-production, "to do")',
                  },
                },
              ],
            },
            {
              field: { name: 'assignee', encodedName: 'assignee' },
              operator: '=',
              operand: { function: 'currentUser', arguments: [], encodedOperand: 'currentUser()' },
            },
          ],
        },
        orderBy: {
          fields: [
            { field: { name: 'created', encodedName: 'created' }, direction: 'desc' },
            { field: { name: 'key', encodedName: 'key' } },
          ],
        },
      },
    });
  });

  it('describes entity property fields like the example in Jira\'s documentation', () => {
    const query = 'issue.property["spaces here"].value in ("Service requests", Incidents)';
    expect(parseOne(query)).toEqual({
      query,
      structure: {
        where: {
          field: {
            name: 'issue.property[spaces here].value',
            encodedName: 'issue.property["spaces here"].value',
            property: [{ entity: 'issue', key: 'spaces here', path: 'value' }],
          },
          operator: 'in',
          operand: {
            values: [
              { value: 'Service requests', encodedValue: '"Service requests"' },
              { value: 'Incidents', encodedValue: 'Incidents' },
            ],
            encodedOperand: '("Service requests", Incidents)',
          },
        },
      },
    });
  });

  it('renders NOT as a compound clause and EMPTY as a keyword operand', () => {
    expect(parseOne('NOT resolution IS EMPTY').structure).toEqual({
      where: {
        operator: 'not',
        clauses: [{ field: { name: 'resolution', encodedName: 'resolution' }, operator: 'is', operand: { keyword: 'empty' } }],
      },
    });
  });

  it('renders history clauses with their predicates when not validating', () => {
    expect(parseOne('status changed after startOfMonth(-1M)', 'none')).toEqual({
      query: 'status changed after startOfMonth(-1M)',
      structure: {
        where: {
          field: { name: 'status', encodedName: 'status' },
          operator: 'changed',
          predicates: [{
            operator: 'after',
            operand: { function: 'startOfMonth', arguments: ['-1M'], encodedOperand: 'startOfMonth(-1M)' },
          }],
        },
      },
    });
  });
});

describe('parseJqlQueries: validation', () => {
  it('answers each query of the body in order, a syntax error without a structure in every mode', () => {
    const { queries } = parseJqlQueries({ queries: ['invalid query', 'key = QA-1'] }, 'none', store);
    expect(queries[0]).toEqual({
      query: 'invalid query',
      errors: [
        "Error in the JQL Query: Expecting operator but got 'query'. The valid operators are '=', '!=', '<', '>', '<=', '>=', "
          + "'~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
      ],
    });
    expect(queries[1].errors).toBeUndefined();
    expect(queries[1].structure?.where).toEqual({
      field: { name: 'key', encodedName: 'key' }, operator: '=', operand: { value: 'QA-1', encodedValue: 'QA-1' },
    });
  });

  it('strict: validation errors and no structure', () => {
    expect(parseOne('project = INVALID')).toEqual({
      query: 'project = INVALID', errors: ["The value 'INVALID' does not exist for the field 'project'."],
    });
    expect(parseOne('universe = 42')).toEqual({
      query: 'universe = 42', errors: ["Field 'universe' does not exist or you do not have permission to view it."],
    });
    expect(parseOne('summary = test').errors).toEqual(["The operator '=' is not supported by the 'summary' field."]);
  });

  it('warn: validation errors with the structure; none: the structure only', () => {
    const warned = parseOne('project = INVALID', 'warn');
    expect(warned.errors).toEqual(["The value 'INVALID' does not exist for the field 'project'."]);
    expect(warned.structure?.where).toEqual({
      field: { name: 'project', encodedName: 'project' }, operator: '=', operand: { value: 'INVALID', encodedValue: 'INVALID' },
    });
    const unchecked = parseOne('project = INVALID', 'none');
    expect(unchecked.errors).toBeUndefined();
    expect(unchecked.structure?.where).toBeDefined();
  });

  it('validates for the given user when one is given', () => {
    expect(parseOne('project = QA', 'strict', USERS.eve.accountId).errors)
      .toEqual(["The value 'QA' does not exist for the field 'project'."]);
    expect(parseOne('project = QA', 'strict', USERS.bob.accountId).errors).toBeUndefined();
    expect(parseOne('project = QA', 'strict').errors).toBeUndefined();
  });
});
