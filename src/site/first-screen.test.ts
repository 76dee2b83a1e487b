import { describe, expect, it } from 'vitest';
import { escapeHtml, firstScreenHtml } from './first-screen.ts';

describe('firstScreenHtml', () => {
  it('writes the kicker, headline and standfirst into the header markup the app mounts over', () => {
    const html = firstScreenHtml({
      kicker: 'Canada · China, 2024–2025',
      headline: 'Canada taxed cars',
      standfirst: '5 news articles.',
    });
    expect(html).toContain('<h1>Canada taxed cars</h1>');
    expect(html).toContain('<p class="standfirst">5 news articles.</p>');
    expect(html).toContain('<p class="kicker">Canada · China, 2024–2025</p>');
    expect(html).toContain('<main id="main" tabindex="-1">');
    expect(html.match(/<button /g)).toHaveLength(4);
  });

  it('writes story text as text: markup from an article stays inert', () => {
    const html = firstScreenHtml({
      kicker: 'k',
      headline: '<img src=x onerror="alert(1)">',
      standfirst: "Tom & Jerry's <script>",
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('Tom &amp; Jerry&#39;s &lt;script&gt;');
  });

  it('escapeHtml leaves plain text alone', () => {
    expect(escapeHtml('Carney – Xi, 31 October 2025')).toBe('Carney – Xi, 31 October 2025');
  });
});
