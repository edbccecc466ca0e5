/**
 * Xray Cloud's hosts: the global one and the regional ones a site's data may live in
 * (https://docs.getxray.app/display/XRAYCLOUD/REST+API: "https://xray.cloud.getxray.app/" and the
 * us., eu. and au. hosts). manifest.yml declares each as egress; the settings name which one.
 */
export const XRAY_REGIONS = ['global', 'us', 'eu', 'au'] as const;
export type XrayRegion = (typeof XRAY_REGIONS)[number];

export const XRAY_REGION_LABELS: Record<XrayRegion, string> = {
  global: 'Global (xray.cloud.getxray.app)',
  us: 'United States (us.xray.cloud.getxray.app)',
  eu: 'Europe (eu.xray.cloud.getxray.app)',
  au: 'Australia (au.xray.cloud.getxray.app)',
};

export function xrayBaseUrl(region: XrayRegion): string {
  return region === 'global' ? 'https://xray.cloud.getxray.app' : `https://${region}.xray.cloud.getxray.app`;
}
