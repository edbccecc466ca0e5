/**
 * Xray Cloud's hosts: the global one and the regional ones a site's data may live in
 * (https://docs.getxray.app/display/XRAYCLOUD/REST+API: "https://xray.cloud.getxray.app/" and the
 * us., eu. and au. hosts). manifest.yml declares each as egress; the settings name which one.
 */
import type { XrayRegion } from '../contracts/vocabulary';

export { XRAY_REGIONS, XRAY_REGION_LABELS, type XrayRegion } from '../contracts/vocabulary';

export function xrayBaseUrl(region: XrayRegion): string {
  return region === 'global' ? 'https://xray.cloud.getxray.app' : `https://${region}.xray.cloud.getxray.app`;
}
