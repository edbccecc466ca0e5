/**
 * One payload policy for every resolver: the schema's rules, and no field it does not know, at any
 * depth; each problem travels as data (path and message) for the screens to place at its field.
 */
import { z } from 'zod';
import { parsePayload, toErrorBody, unknownFields } from '../../../src/resolvers/define';
import { problemsOfSaveError } from '../../../static/settings/src/settings-draft';
import { UiError, validationIssuesOf } from '../../../static/shared/src/ui-error';

const Schema = z.object({
  document: z.object({ title: z.string(), items: z.array(z.object({ id: z.string() })) }),
  labels: z.record(z.string(), z.string()).optional(),
});

describe('parsePayload', () => {
  it('accepts exactly what the schema describes, records included', () => {
    const payload = { document: { title: 't', items: [{ id: 'a' }] }, labels: { any: 'key' } };
    expect(parsePayload(Schema, payload)).toEqual(payload);
  });

  it('refuses an unknown field at any depth, naming its path', () => {
    const raw = { issueKey: 'QA-4', document: { title: 't', status: 'completed', items: [{ id: 'a' }, { id: 'b', taskKey: 'QA-9' }] } };
    expect(unknownFields(raw, Schema.parse(raw))).toEqual([['issueKey'], ['document', 'status'], ['document', 'items', 1, 'taskKey']]);
    let thrown: unknown;
    try { parsePayload(Schema, raw); } catch (error) { thrown = error; }
    expect(toErrorBody(thrown)).toEqual({
      code: 'VALIDATION',
      message: 'The request is not valid: issueKey: is not a field this call takes; document.status: is not a field this call takes; '
        + 'document.items.1.taskKey: is not a field this call takes',
      details: { issues: [
        { path: ['issueKey'], message: 'is not a field this call takes' },
        { path: ['document', 'status'], message: 'is not a field this call takes' },
        { path: ['document', 'items', 1, 'taskKey'], message: 'is not a field this call takes' },
      ] },
    });
  });

  it('answers a schema problem with its path as data', () => {
    let thrown: unknown;
    try { parsePayload(Schema, { document: { title: 3, items: [] } }); } catch (error) { thrown = error; }
    expect(toErrorBody(thrown)).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: ['document', 'title'] }] } });
  });
});

describe('the settings page places validation issues at their fields', () => {
  it('by path, and keeps the message for the summary when none can be placed', () => {
    const error = new UiError('VALIDATION', 'The settings were not saved.', { issues: [
      { path: ['settings', 'escapedDefectJql'], message: 'not valid JQL' },
      { path: ['settings', 'targets', 'leakageRate'], message: 'Too big' },
    ] });
    expect(problemsOfSaveError(error)).toEqual({ fields: { escapedDefectJql: 'not valid JQL', leakageTarget: 'Too big' }, unplaced: null });
    expect(problemsOfSaveError(new UiError('VALIDATION', 'projectKey: is wrong', { issues: [{ path: ['projectKey'], message: 'is wrong' }] })))
      .toEqual({ fields: {}, unplaced: 'projectKey: is wrong' });
  });

  it('reads issues only from a VALIDATION error with well-formed details', () => {
    expect(validationIssuesOf(new UiError('FORBIDDEN', 'no', { issues: [{ path: ['a'], message: 'b' }] }))).toEqual([]);
    expect(validationIssuesOf(new UiError('VALIDATION', 'no', { issues: [{ path: 'a', message: 'b' }, null] }))).toEqual([]);
  });
});
