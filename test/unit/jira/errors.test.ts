import { JiraError, JiraNotFoundError, createJiraError, isNotFound, parseJiraErrorBody } from '../../../src/jira/errors';

describe('Jira errors', () => {
  it('parses an ErrorCollection, keeping only string messages', () => {
    expect(parseJiraErrorBody(JSON.stringify({ errorMessages: ['One', 2], errors: { summary: 'Required', x: 1 }, status: 400 }))).toEqual({
      errorMessages: ['One'],
      errors: { summary: 'Required' },
    });
  });

  it('takes a gateway "message" when there are no errorMessages, and keeps non-JSON text', () => {
    expect(parseJiraErrorBody('{"message":"Unauthorized; scope does not match"}')).toEqual({ errorMessages: ['Unauthorized; scope does not match'], errors: {} });
    expect(parseJiraErrorBody('Service Unavailable')).toEqual({ errorMessages: [], errors: {}, raw: 'Service Unavailable' });
    expect(parseJiraErrorBody('  ')).toBeUndefined();
  });

  it('says what happened, what Jira said and which call failed', () => {
    const error = createJiraError({
      status: 403,
      call: 'POST /rest/api/3/issue/bulk',
      attempts: 1,
      body: { errorMessages: ['You cannot create issues here.'], errors: { project: 'Invalid' } },
    });
    expect(error.message).toBe(
      'You do not have permission to do this in Jira. Jira said: You cannot create issues here.; project: Invalid (POST /rest/api/3/issue/bulk returned 403)',
    );
    expect(error).toBeInstanceOf(JiraError);
    expect(error).not.toBeInstanceOf(JiraNotFoundError);
    expect(isNotFound(error)).toBe(false);
  });

  it('makes a 404 a JiraNotFoundError', () => {
    const error = createJiraError({ status: 404, call: 'GET /rest/api/3/project/{projectIdOrKey}', attempts: 1 });
    expect(error).toBeInstanceOf(JiraNotFoundError);
    expect(isNotFound(error)).toBe(true);
    expect(isNotFound(new Error('404'))).toBe(false);
  });
});
