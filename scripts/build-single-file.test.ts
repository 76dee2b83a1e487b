import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXTS_LEFT_OUT_META } from '../src/lib/load-dataset.ts';
import {
  compactJsonDataUrls,
  escapeInlineScript,
  inlineAssets,
  offlineLeftOutMessage,
  withLeftOutNote,
} from './build-single-file.ts';

describe('escapeInlineScript', () => {
  it('keeps "</script" and "<!--" from ending or bending an inline script', () => {
    const code = 'const code = `<script src="x"></script>`; const c = "<!-- x";';
    const escaped = escapeInlineScript(code);
    expect(escaped).not.toMatch(/<\/script/i);
    expect(escaped).not.toContain('<!--');
    // The escapes mean the same characters in a JS string or template.
    expect(new Function(`${escaped}; return [code, c];`)()).toEqual(['<script src="x"></script>', '<!-- x']);
  });
});

describe('compactJsonDataUrls', () => {
  it('turns a base64 JSON data URL into percent-encoded text that decodes to the same JSON', () => {
    const json = JSON.stringify({
      type: 'Topology',
      name: "Côte d'Ivoire",
      arcs: [
        [1, 2],
        [3, -4],
      ],
      note: '`${x}` "q" <b> 100%',
    });
    const code = `const url = "data:application/json;base64,${Buffer.from(json).toString('base64')}";`;
    const compact = compactJsonDataUrls(code);
    const url = /"(data:[^"]+)"/.exec(compact)?.[1] ?? '';
    expect(url.startsWith('data:application/json,{')).toBe(true);
    expect(url).not.toMatch(/["'`$<\\\\]/);
    expect(decodeURIComponent(url.slice('data:application/json,'.length))).toBe(json);
  });

  it('leaves other data URLs alone', () => {
    const code = 'const icon = "data:image/png;base64,iVBORw0KGgo=";';
    expect(compactJsonDataUrls(code)).toBe(code);
  });
});

describe('inlineAssets', () => {
  const html =
    '<html><head><script type="module" crossorigin src="./assets/main.js"></script>' +
    '<link rel="modulepreload" crossorigin href="./assets/chunk.js">' +
    '<link rel="stylesheet" crossorigin href="./assets/main.css"></head><body></body></html>';
  const files: Record<string, string> = {
    './assets/main.js': 'console.log("</script>")',
    './assets/main.css': 'body{color:red}',
  };

  it('puts the script and stylesheet inside the page and drops preloads', () => {
    const page = inlineAssets(html, (path) => files[path] ?? '');
    expect(page).toBe(
      '<html><head><script type="module">console.log("\\x3C/script>")</script><style>body{color:red}</style></head><body></body></html>',
    );
  });

  it('names a file still referenced after inlining', () => {
    expect(() => inlineAssets('<html><img src="./assets/x.png"></html>', () => '')).toThrow(
      /tariff-tracer\.html: still refers to the file "\.\/assets\/x\.png"/,
    );
  });
});

describe('an offline file too large to hold the whole dataset', () => {
  const message = offlineLeftOutMessage(20000, 312_756_316);

  it('names what it leaves out, and how large the whole would be', () => {
    expect(message).toMatch(/whole texts of the 20,000 articles/);
    expect(message).toMatch(/the quotes beyond its first 20/);
    expect(message).toMatch(/\(298 MB\)/);
  });

  it('says so at the top of the page, outside the app that replaces #app, and in a meta element the reader reads', () => {
    const page = withLeftOutNote(
      '<html><head><meta charset="utf-8"></head><body class="x"><div id="app"></div></body></html>',
      'Texts <left> out & "cut"',
    );
    expect(page).toContain(
      '<body class="x">\n    <aside class="offline-note" aria-label="What this offline copy leaves out"',
    );
    expect(page).toContain('>Texts &lt;left> out &amp; &quot;cut&quot;</aside>');
    expect(page.indexOf('offline-note')).toBeLessThan(page.indexOf('<div id="app">'));
    expect(page).toContain(
      `<meta name="${ARTICLE_TEXTS_LEFT_OUT_META}" content="Texts &lt;left> out &amp; &quot;cut&quot;" />`,
    );
  });
});
