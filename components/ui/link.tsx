import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The app's link: Next's <Link> without viewport prefetching. Every page here is rendered per
 * request for the signed-in user, so a prefetch is a full server render: the header's 14 links and
 * a table's 50 rows made one page view cost up to 65 renders, and a prefetched download link ran
 * the download itself (a runbook PDF printed by Chromium on every runbook page view).
 * Navigation stays client-side; the page is fetched on click.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
