import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, siteUrlFrom } from './embed-code.ts';

const SITE = 'https://example.org/tariff-tracer/';

describe('embedCode', () => {
  it('gives a sandboxed, lazy, titled, full-width iframe and the resize script', () => {
    const code = embedCode({ chart: 'map', siteUrl: SITE, title: 'Carney’s Asia trip' });
    const [iframe, script] = code.split('\n');
    expect(iframe).toBe(
      '<iframe src="https://example.org/tariff-tracer/embed/map.html" title="Carney’s Asia trip" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"' +
        ' loading="lazy" style="width:100%;border:0" height="620"></iframe>',
    );
    expect(script).toBe('<script src="https://example.org/tariff-tracer/embed/resize.js" defer></script>');
  });

  it('does not grant allow-same-origin (the embed keeps an opaque origin)', () => {
    expect(embedCode({ chart: 'flow', siteUrl: SITE, title: 't' })).not.toContain('allow-same-origin');
  });

  it('escapes quotes and angle brackets in the title', () => {
    const code = embedCode({ chart: 'flow', siteUrl: SITE, title: 'The "tit-for-tat" <b>' });
    expect(code).toContain('title="The &quot;tit-for-tat&quot; &lt;b&gt;"');
  });

  it('carries theme, hidden title and the selection in the URL', () => {
    const url = embedUrl({
      chart: 'timeline',
      siteUrl: SITE,
      title: 't',
      theme: 'dark',
      showTitle: false,
      hash: '#meeting=mt-1',
    });
    expect(url).toBe('https://example.org/tariff-tracer/embed/timeline.html?theme=dark&title=0#meeting=mt-1');
  });

  it('leaves the automatic theme out of the URL', () => {
    expect(embedUrl({ chart: 'flow', siteUrl: SITE, title: 't', theme: 'auto' })).toBe(`${SITE}embed/flow.html`);
  });

  it('escapes an ampersand in the src attribute', () => {
    const code = embedCode({ chart: 'flow', siteUrl: SITE, title: 't', theme: 'dark', showTitle: false });
    expect(code).toContain('embed/flow.html?theme=dark&amp;title=0"');
  });

  it('uses the given height', () => {
    expect(embedCode({ chart: 'flow', siteUrl: SITE, title: 't', height: 433.6 })).toContain('height="434"');
  });
});

describe('siteUrlFrom', () => {
  it('finds the site folder from the main page, with or without index.html', () => {
    expect(siteUrlFrom('https://example.org/tariff-tracer/index.html#meeting=x')).toBe(SITE);
    expect(siteUrlFrom('https://example.org/tariff-tracer/?a=1')).toBe(SITE);
  });

  it('finds the site folder from an embed page', () => {
    expect(siteUrlFrom('https://example.org/tariff-tracer/embed/map.html?theme=dark')).toBe(SITE);
  });
});
