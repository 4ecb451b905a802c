/** Official Xiaomi domains: the only places a reader is ever sent to act on the account. */
export const OFFICIAL_DOMAINS = ['xiaomi.com', 'mi.com'];

export function isOfficialXiaomiUrl(href: string): boolean {
  try {
    const u = new URL(href);
    return u.protocol === 'https:' && OFFICIAL_DOMAINS.some((d) => u.hostname === d || u.hostname.endsWith(`.${d}`));
  } catch {
    return false;
  }
}
