/**
 * The app's own `fetch` to hosts outside Atlassian (Xray Cloud), as Forge's runtime lets it through:
 *
 * - Only HTTPS: "The Forge runtime only supports outbound HTTPS connections"; a plain HTTP call is
 *   answered 400 (https://jira.atlassian.com/browse/ECO-876, runtime reference
 *   https://developer.atlassian.com/platform/forge/function-reference/nodejs-runtime/).
 * - Only to a host named in `permissions.external.fetch.backend`
 *   (https://developer.atlassian.com/platform/forge/add-content-security-and-egress-controls/). The
 *   match is on the host name: a path in the entry does not narrow it, and `*.example.com` covers
 *   subdomains but not example.com itself (Atlassian's @forge/egress EgressFilteringService keeps
 *   wildcard domains apart from URLs). A refused request is not thrown: it is answered 403, as
 *   reported in https://dev.to/mihai_leanzero/forge-egress-backend-ignores-your-url-path-client-enforces-it-2mhk,
 *   with the message of @forge/api's ExternalEndpointNotAllowedError.
 *
 * What is let through goes to an emulator serving that host (Xray Cloud's) or, when the sandbox is
 * pointed at the real service, out to it; any other declared host is not reachable from here (502).
 */

export interface ExternalService {
  /** Whether this service answers requests to `hostname`. */
  serves(hostname: string): boolean;
  handle(request: Request): Promise<Response>;
}

function entryHost(entry: string): string | null {
  try {
    return new URL(/^[a-z]+:\/\//i.test(entry) ? entry : `https://${entry}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Whether the manifest's backend egress list lets the app fetch from `url`. */
export function egressAllows(backendEgress: readonly string[], url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return backendEgress.some((entry) => {
    if (entry.trim() === '*') return true;
    const wildcard = /^(?:https:\/\/)?\*\.(.+)$/i.exec(entry.trim());
    if (wildcard) {
      const parent = entryHost(wildcard[1]);
      return parent !== null && host.endsWith(`.${parent}`);
    }
    return entryHost(entry) === host;
  });
}

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain' } });
}

export function createExternalFetch(backendEgress: readonly string[], services: () => readonly ExternalService[]) {
  return async function externalFetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.protocol !== 'https:') return textResponse(400, `Forge functions can only make HTTPS requests, not ${url.protocol} (${url.origin})`);
    if (!egressAllows(backendEgress, url)) {
      return textResponse(403, `URL not included in the external fetch backend permissions: ${url.origin}. Visit go.atlassian.com/forge-egress for more information.`);
    }
    const service = services().find((s) => s.serves(url.hostname.toLowerCase()));
    if (!service) return textResponse(502, `The sandbox does not reach ${url.origin}: it is declared in the manifest, but nothing here emulates it`);
    return service.handle(request);
  };
}
