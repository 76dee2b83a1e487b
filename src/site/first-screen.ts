// The page's first screen as HTML (skip link, site header, headline and standfirst), written into index.html at build
// time so the headline paints with the HTML, before any script has loaded. main.ts replaces it with the mounted app
// in the same task; the markup and its global classes are those of App.svelte, SkipLink.svelte, ThemeToggle.svelte,
// PresentButton.svelte and Headline.svelte, so nothing moves when it does (tests/e2e/site.e2e.test.ts checks).
import type { StoryText } from './standfirst.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made inert in HTML: the story text comes from article text, which is untrusted. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** The first screen's markup; its buttons do nothing until the app mounts (a fraction of a second later). */
export function firstScreenHtml(story: StoryText): string {
  const themeButtons = ['Auto', 'Light', 'Dark']
    .map((label, index) => `<button type="button" class="button" aria-pressed="${index === 0}">${label}</button>`)
    .join('');
  return [
    '<a class="skip-link" href="#main">Skip to the story</a>',
    '<header class="site-header"><p class="site-name">Tariff tracer</p><div class="site-actions">',
    '<button type="button" class="button present-button" data-present-button aria-keyshortcuts="p">Present<span class="visually-hidden"> the story step by step (full screen)</span></button>',
    `<div class="theme-toggle" role="group" aria-label="Colour theme">${themeButtons}</div>`,
    '</div></header>',
    '<div class="layout"><main id="main" tabindex="-1"><div class="headline">',
    `<p class="kicker">${escapeHtml(story.kicker)}</p>`,
    `<h1>${escapeHtml(story.headline)}</h1>`,
    `<p class="standfirst">${escapeHtml(story.standfirst)}</p>`,
    '</div></main></div>',
  ].join('');
}
