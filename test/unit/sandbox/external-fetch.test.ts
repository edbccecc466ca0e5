/** The host's egress rules for the app's own fetch: HTTPS only, hosts the manifest declares, 403 otherwise. */
import { createExternalFetch, egressAllows } from '../../../sandbox/host/external-fetch';

describe('egressAllows', () => {
  const list = ['https://xray.cloud.getxray.app/some/path', '*.example.com', 'plain.example.org'];
  it('matches on the host name only: a path does not narrow it, a wildcard covers subdomains but not its parent', () => {
    expect(egressAllows(list, new URL('https://xray.cloud.getxray.app/api/v2/graphql'))).toBe(true);
    expect(egressAllows(list, new URL('https://eu.xray.cloud.getxray.app/api/v2/graphql'))).toBe(false);
    expect(egressAllows(list, new URL('https://a.example.com/x'))).toBe(true);
    expect(egressAllows(list, new URL('https://example.com/x'))).toBe(false);
    expect(egressAllows(list, new URL('https://plain.example.org/'))).toBe(true);
  });
});

describe('createExternalFetch', () => {
  const served = { serves: (host: string) => host === 'xray.cloud.getxray.app', handle: () => Promise.resolve(new Response('served')) };
  const fetchOut = createExternalFetch(['https://xray.cloud.getxray.app', 'https://declared.example.com'], () => [served]);
  it('answers 403 for an undeclared host and 400 for plain HTTP, without throwing', async () => {
    const refused = await fetchOut(new Request('https://elsewhere.example.com/'));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('URL not included in the external fetch backend permissions');
    expect((await fetchOut(new Request('http://xray.cloud.getxray.app/'))).status).toBe(400);
  });
  it('hands a declared host to what serves it, and says when nothing here does', async () => {
    expect(await (await fetchOut(new Request('https://xray.cloud.getxray.app/api'))).text()).toBe('served');
    expect((await fetchOut(new Request('https://declared.example.com/'))).status).toBe(502);
  });
});
