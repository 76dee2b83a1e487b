// Vite plugin (build only): a strict Content-Security-Policy in every built page, as <meta http-equiv> (the site is
// static: no server to send the header). Inline scripts and <style> elements run only by hash, computed here from the
// page as built; no 'unsafe-eval', no inline event handlers, nothing loaded from another host.
// scripts/build-single-file.ts calls withContentSecurityPolicy again after inlining a page's script and styles.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * 'site': the main page as deployed, with its script chunks, stylesheets, map shapes and article texts as files of
 * its own origin. 'self-contained': an embed or the offline file, everything inline: it loads nothing ('self' means
 * nothing in a sandboxed frame or from file://), and reads the map's shapes from a data: URL.
 */
export type PolicyKind = 'site' | 'self-contained';

/** Inline <script> elements that run (not JSON data blocks, not src=). */
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>\s*/gi;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The CSP hash sources of the page's inline scripts and styles, in page order, without repeats. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    scripts.add(sha256(match[2] ?? ''));
  }
  const styles = new Set<string>();
  for (const match of html.matchAll(INLINE_STYLE)) styles.add(sha256(match[1] ?? ''));
  return { scripts: [...scripts], styles: [...styles] };
}

/** The policy text for a page with these inline hashes. */
export function contentSecurityPolicy(kind: PolicyKind, hashes: { scripts: string[]; styles: string[] }): string {
  const self = kind === 'site' ? ["'self'"] : [];
  const directives: [string, string[]][] = [
    ['default-src', kind === 'site' ? ["'self'"] : ["'none'"]],
    ['script-src', [...self, ...hashes.scripts]],
    ['style-src', [...self, ...hashes.styles]],
    // Style attributes (Svelte's static style="…", the prerendered first screen, the chart export's serialised SVG)
    // cannot be hashed; they set presentation only, never run code.
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', [...self, 'data:', 'blob:']],
    ['font-src', [...self, 'data:']],
    // The site fetches its own files (article texts, map shapes, chunks to prefetch); a self-contained page only
    // reads the map shapes inlined as a data: URL.
    ['connect-src', kind === 'site' ? ["'self'"] : ['data:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.length ? sources.join(' ') : "'none'"}`).join('; ');
}

/** The page with its policy (any earlier one replaced) as the first element after <meta charset>. */
export function withContentSecurityPolicy(html: string, kind: PolicyKind): string {
  const page = html.replace(CSP_META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(kind, inlineHashes(page))}" />`;
  // A policy applies only to what follows it: it must come before the first script or style.
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(page);
  if (!charset) throw new Error('Content-Security-Policy: the page has no <meta charset> to put the policy after');
  const at = charset.index + charset[0].length;
  return `${page.slice(0, at)}\n    ${meta}${page.slice(at)}`;
}

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      // After the other plugins have inlined styles and data: the hashes are of the page as served.
      order: 'post',
      handler(html) {
        return withContentSecurityPolicy(html, 'site');
      },
    },
  };
}
