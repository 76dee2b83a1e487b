// An article saved from a web page reads as the page's text: every character reference decoded as a browser would.
import { describe, expect, it } from 'vitest';
import { stripHtml } from './html.ts';

describe('HTML articles', () => {
  it('decodes named and numeric references beyond the common few (€, É, ×, curly quotes, dashes)', () => {
    const page =
      '<html><body><p>Qu&eacute;bec&rsquo;s &Eacute;cole said a &euro;5&nbsp;billion deal &mdash; 25&#37; &times; 2 &#8220;stands&#x201D;.</p></body></html>';
    expect(stripHtml(page)?.text.trim()).toBe('Québec’s École said a €5 billion deal — 25% × 2 “stands”.');
  });

  it('leaves an unknown or malformed reference as written', () => {
    expect(stripHtml('<p>Tom &notanentity; and &#xZZ; AT&T &notice here</p>')?.text.trim()).toBe(
      'Tom &notanentity; and &#xZZ; AT&T &notice here',
    );
  });

  it('keeps plain text that only mentions tags verbatim', () => {
    expect(stripHtml('An article about <script> tags &amp; security')).toBeNull();
  });
});
