/** The share services a release page links to: plain links, no third-party script. */
export const shareServices = ['email', 'x', 'facebook', 'linkedin', 'whatsapp'] as const;

/** A share service. */
export type ShareService = (typeof shareServices)[number];

const encode = encodeURIComponent;

const builders: Record<ShareService, (title: string, url: string) => string> = {
	email: (title, url) => `mailto:?subject=${encode(title)}&body=${encode(url)}`,
	x: (title, url) => `https://x.com/intent/post?text=${encode(title)}&url=${encode(url)}`,
	facebook: (_title, url) => `https://www.facebook.com/sharer/sharer.php?u=${encode(url)}`,
	linkedin: (_title, url) => `https://www.linkedin.com/sharing/share-offsite/?url=${encode(url)}`,
	whatsapp: (title, url) => `https://wa.me/?text=${encode(`${title} ${url}`)}`,
};

/**
 * The share link of each service for a page, from its title and absolute canonical URL.
 * @example shareLinks('A & B', 'https://x.org/en/news/a/')[0]
 * // => { service: 'email', href: 'mailto:?subject=A%20%26%20B&body=https%3A%2F%2Fx.org%2Fen%2Fnews%2Fa%2F' }
 */
export function shareLinks(title: string, url: string): { service: ShareService; href: string }[] {
	return shareServices.map((service) => ({ service, href: builders[service](title, url) }));
}
