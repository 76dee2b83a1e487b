// Vite plugin (build only): puts each page's stylesheets inline, as <style> in place of <link rel="stylesheet">.
// A linked stylesheet blocks the first paint for one more round trip; this page's CSS is small (a few KB gzipped),
// so sending it with the HTML lets the prerendered headline paint as soon as the HTML arrives. The CSS files stay in
// assets/ (chunks loaded later link their own).
import type { Plugin } from 'vite';

/** CSS made safe inside <style>. */
export function escapeInlineStyle(css: string): string {
  return css.replace(/<\/style/gi, '\\3C/style');
}

export function inlineStylesheets(): Plugin {
  return {
    name: 'inline-stylesheets',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*\shref="([^"]+\.css)"[^>]*>/g, (tag, href: string) => {
          const fileName = href.replace(/^(?:\.\.?\/)+/, '');
          const asset = bundle[fileName];
          if (!asset || asset.type !== 'asset') return tag;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          return `<style>${escapeInlineStyle(css)}</style>`;
        });
      },
    },
  };
}
