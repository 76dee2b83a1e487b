import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineHashes, withContentSecurityPolicy } from './vite-plugin-csp.ts';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const THEME = "\n      try { document.documentElement.dataset.theme = 'dark'; } catch (error) {}\n    ";
const STYLE = 'body{margin:0}';
const PAGE = `<!doctype html><html><head><meta charset="utf-8" /><title>t</title><script>${THEME}</script><style>${STYLE}</style></head>
<body><script type="application/json" id="dataset">{"a":1}</script><script type="module" crossorigin src="./assets/main.js"></script></body></html>`;

/** The policy's directives as a map: name → sources. */
function directives(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('inlineHashes', () => {
  it('hashes the inline scripts that run and the style elements, not JSON data blocks or scripts with src', () => {
    expect(inlineHashes(PAGE)).toEqual({ scripts: [hashOf(THEME)], styles: [hashOf(STYLE)] });
  });
});

describe('withContentSecurityPolicy', () => {
  it('lets the page’s own inline script run by hash, and no other inline script, no eval', () => {
    const policy = directives(withContentSecurityPolicy(PAGE, 'site'));
    expect(policy.get('script-src')).toEqual(["'self'", hashOf(THEME)]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('style-src')).toEqual(["'self'", hashOf(STYLE)]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it("gives a self-contained page (embed, offline file) nothing to load: no 'self', data: only for fetch", () => {
    const policy = directives(withContentSecurityPolicy(PAGE, 'self-contained'));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual([hashOf(THEME)]);
    expect(policy.get('connect-src')).toEqual(['data:']);
  });

  it('puts the policy right after <meta charset>, before the first script', () => {
    const html = withContentSecurityPolicy(PAGE, 'site');
    const policyAt = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(policyAt).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(policyAt).toBeLessThan(html.indexOf('<script'));
  });

  it('replaces an earlier policy (the single-file build adds its own after inlining)', () => {
    const once = withContentSecurityPolicy(PAGE, 'site');
    const inlined = once.replace(
      '<script type="module" crossorigin src="./assets/main.js"></script>',
      '<script type="module">run()</script>',
    );
    const twice = withContentSecurityPolicy(inlined, 'self-contained');
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(directives(twice).get('script-src')).toEqual([hashOf(THEME), hashOf('run()')]);
  });

  it('refuses a page without <meta charset>, saying why', () => {
    expect(() => withContentSecurityPolicy('<html><head></head></html>', 'site')).toThrow(/no <meta charset>/);
  });

  it('writes every directive with at least one source', () => {
    expect(contentSecurityPolicy('self-contained', { scripts: [], styles: [] })).toContain("script-src 'none'");
  });
});
