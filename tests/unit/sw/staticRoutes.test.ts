import { describe, expect, it } from 'vitest';
import { addPageRoutes, addShellRoutes, exactPath, shellRoutes, type RoutingInstallEvent } from '../../../src/sw/staticRoutes.ts';

/** An install event that keeps what was declared (one entry per addRoutes call). */
function installEvent(refuse = false) {
  const calls: unknown[][] = [];
  const waits: Promise<unknown>[] = [];
  const event: RoutingInstallEvent = {
    addRoutes: (rules) => {
      calls.push(rules);
      return refuse ? Promise.reject(new TypeError('unknown condition')) : Promise.resolve();
    },
    waitUntil: (p) => void waits.push(p),
  };
  return { event, calls, waits };
}

describe('service worker static routes', () => {
  const scope = 'https://wjw.example.gov.cn/fazhi/';

  it('routes only the content-hashed JS and CSS of the shell, each by its exact path', () => {
    const urls = shellRoutes([
      { url: `${scope}assets/start-CJAC1uEk.js`, revision: null },
      { url: `${scope}assets/start-B-bStL7N.css`, revision: null },
      { url: `${scope}index.html`, revision: 'abc' },
      { url: `${scope}favicon.svg`, revision: null },
    ]);
    expect(urls).toEqual([`${scope}assets/start-CJAC1uEk.js`, `${scope}assets/start-B-bStL7N.css`]);
    // URLPattern syntax in a file name is escaped, so a rule matches that file and nothing else.
    expect(exactPath('https://x.cn/a/b(1)+c*.js')).toBe('/a/b\\(1\\)\\+c\\*.js');
  });

  it('answers a navigation to the app without a query from the shell, in a rule set of its own', async () => {
    const { event, calls, waits } = installEvent();
    addShellRoutes(event, 'fazhi-shell-x', [`${scope}assets/start-CJAC1uEk.js`]);
    addPageRoutes(event, 'fazhi-shell-x', scope);
    await Promise.all(waits);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual([
      {
        condition: { urlPattern: { pathname: '/fazhi/', search: '' }, requestMethod: 'GET', requestMode: 'navigate' },
        source: { cacheName: 'fazhi-shell-x' },
      },
      {
        condition: { urlPattern: { pathname: '/fazhi/index.html', search: '' }, requestMethod: 'GET', requestMode: 'navigate' },
        source: { cacheName: 'fazhi-shell-x' },
      },
    ]);
  });

  it('a browser that refuses the rules (or has no API) keeps the fetch handler: install does not fail', async () => {
    const { event, waits } = installEvent(true);
    addPageRoutes(event, 'fazhi-shell-x', scope);
    await expect(Promise.all(waits)).resolves.toBeDefined();
    const none: RoutingInstallEvent = { waitUntil: () => undefined };
    expect(() => addPageRoutes(none, 'fazhi-shell-x', scope)).not.toThrow();
  });
});
