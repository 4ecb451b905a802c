/** Official Xiaomi domains: the only places a reader is ever sent to act on the account. */
export const OFFICIAL_DOMAINS = ['xiaomi.com', 'mi.com'];

/**
 * Official pages that only one topic may send readers to (an article slug or a recovery outcome id).
 * Google's own help is right for Google's lock and nowhere else; account deletion goes through
 * Xiaomi's privacy support and nothing else should point there.
 */
export const TOPIC_PAGES: readonly { prefix: string; topics: readonly string[]; owner?: string }[] = [
  { prefix: 'https://accounts.google.com/signin/recovery', topics: ['google-or-xiaomi-lock', 'google-lock'], owner: 'Google' },
  { prefix: 'https://support.google.com/android', topics: ['google-or-xiaomi-lock', 'google-lock'], owner: 'Google' },
  { prefix: 'https://privacy.mi.com/', topics: ['delete-account'] },
];

function parse(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** The topic-only rule that covers `href`, if any. */
export function topicRule(href: string) {
  return TOPIC_PAGES.find((p) => href === p.prefix || href.startsWith(p.prefix.endsWith('/') ? p.prefix : `${p.prefix}/`) || href.startsWith(`${p.prefix}?`));
}

/** An https page on a Xiaomi domain (topic-only Xiaomi pages included). */
export function isOfficialXiaomiUrl(href: string): boolean {
  const u = parse(href);
  return u !== undefined && u.protocol === 'https:' && OFFICIAL_DOMAINS.some((d) => u.hostname === d || u.hostname.endsWith(`.${d}`));
}

/**
 * Why `href` may not be an official link in `topic` (an article slug or recovery node id), or
 * undefined when it may: a Xiaomi page, or a topic-only page in its own topic.
 */
export function officialLinkProblem(href: string, topic: string): string | undefined {
  const rule = topicRule(href);
  if (rule) return rule.topics.includes(topic) ? undefined : `${href} is only linked from ${rule.topics.join(' and ')}`;
  if (isOfficialXiaomiUrl(href)) return undefined;
  return `"${href}" is not an https:// address on an official Xiaomi domain (${OFFICIAL_DOMAINS.join(', ')})`;
}

/** Who runs an official page a reader is sent to: "Google" for Google's own help, undefined for Xiaomi. */
export function pageOwner(href: string): string | undefined {
  return topicRule(href)?.owner;
}
