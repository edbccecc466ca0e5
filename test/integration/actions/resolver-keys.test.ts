/** The action resolvers define exactly the keys of the contract, each validating its payload before any Jira call. */
import type Resolver from '@forge/resolver';
import { ACTIONS_RESOLVER_KEYS } from '../../../src/contract';
import { registerActionResolvers } from '../../../src/resolvers/actions';
import type { ActionPorts } from '../../../src/services/actions';

type Handler = (request: { payload?: unknown; context?: unknown }) => Promise<unknown>;

function recordingResolver() {
  const handlers = new Map<string, Handler>();
  const resolver = { define: (key: string, handler: Handler) => { handlers.set(key, handler); } } as unknown as Resolver;
  return { resolver, handlers };
}

const noJira = (): ActionPorts => {
  throw new Error('no Jira call was expected');
};

describe('action resolvers', () => {
  it('define exactly ACTIONS_RESOLVER_KEYS', () => {
    const { resolver, handlers } = recordingResolver();
    registerActionResolvers(resolver, noJira);
    expect([...handlers.keys()].sort()).toEqual([...ACTIONS_RESOLVER_KEYS].sort());
  });

  it('refuse a bad payload, or a call without an issue in the context, before asking Jira', async () => {
    const { resolver, handlers } = recordingResolver();
    registerActionResolvers(resolver, noJira);
    const users = handlers.get('searchAssignableUsers') as Handler;
    const context = { accountId: 'acc-alice', extension: { issue: { key: 'QA-3' } } };
    expect(await users({ payload: { query: 42 }, context })).toEqual({ ok: false, error: {
      code: 'VALIDATION', message: expect.stringContaining('query'), details: { issues: [{ path: ['query'], message: expect.any(String) }] },
    } });
    expect(await users({ payload: { query: 'al', issueKey: 'QA-4' }, context })).toEqual({ ok: false, error: {
      code: 'VALIDATION', message: expect.stringContaining('issueKey: is not a field this call takes'),
      details: { issues: [{ path: ['issueKey'], message: 'is not a field this call takes' }] },
    } });
    const create = handlers.get('createActionItems') as Handler;
    expect(await create({ payload: {}, context: { accountId: 'acc-alice', extension: {} } })).toEqual({
      ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('no issue in its Forge context') },
    });
  });
});
