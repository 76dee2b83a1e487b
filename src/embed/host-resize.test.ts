import { describe, expect, it } from 'vitest';
import {
  findSendingFrame,
  handleResizeEvent,
  hasOpaqueOrigin,
  isEmbedFrame,
  originMatchesFrame,
  trustedOrigins,
  type FrameLike,
} from './host-resize.ts';
import { parseResizeMessage } from './resize-message.ts';

const HOST = 'https://news.example/article.html';
/** What resize.js trusts when loaded as `<script src="https://tracer.example/embed/resize.js">`. */
const TRUSTED = trustedOrigins('https://tracer.example/embed/resize.js', null, HOST);

function frame(src: string, sandbox: string | null = 'allow-scripts'): FrameLike & { window: object } {
  const window = { name: src };
  return {
    src,
    window,
    contentWindow: window,
    getAttribute: (name: string) => (name === 'sandbox' ? sandbox : null),
    style: { height: '' },
  };
}

const message = (height: number, id = 'flow') => ({ type: 'tariff-tracer:resize', id, height });

describe('parseResizeMessage', () => {
  it('accepts the exact message shape and rounds the height up', () => {
    expect(parseResizeMessage(message(412.2))).toEqual({ type: 'tariff-tracer:resize', id: 'flow', height: 413 });
  });

  const refused = [
    { name: 'a string', data: 'tariff-tracer:resize' },
    { name: 'null', data: null },
    { name: 'an array', data: [1, 2] },
    { name: 'another type', data: { type: 'iframe-resizer', id: 'x', height: 300 } },
    { name: 'a string height', data: { type: 'tariff-tracer:resize', id: 'x', height: '300' } },
    { name: 'NaN', data: { type: 'tariff-tracer:resize', id: 'x', height: Number.NaN } },
    { name: 'Infinity', data: { type: 'tariff-tracer:resize', id: 'x', height: Infinity } },
    { name: 'a huge height', data: message(1e7) },
    { name: 'a negative height', data: message(-5) },
    { name: 'an empty id', data: message(300, '') },
    { name: 'an extra key', data: { ...message(300), html: '<b>' } },
    { name: 'a missing id', data: { type: 'tariff-tracer:resize', height: 300 } },
  ];
  for (const { name, data } of refused) {
    it(`refuses ${name}`, () => {
      expect(parseResizeMessage(data)).toBeNull();
    });
  }
});

describe('origin checks', () => {
  it('treats a frame sandboxed without allow-same-origin as opaque', () => {
    expect(hasOpaqueOrigin(frame('https://tracer.example/embed/flow.html', 'allow-scripts'))).toBe(true);
    expect(hasOpaqueOrigin(frame('https://tracer.example/embed/flow.html', 'allow-scripts allow-same-origin'))).toBe(
      false,
    );
    expect(hasOpaqueOrigin(frame('https://tracer.example/embed/flow.html', null))).toBe(false);
  });

  it('accepts the origin "null" only from an opaque (sandboxed) frame', () => {
    expect(originMatchesFrame('null', frame('https://tracer.example/embed/flow.html'), HOST)).toBe(true);
    expect(originMatchesFrame('null', frame('https://tracer.example/embed/flow.html', null), HOST)).toBe(false);
  });

  it('requires the src origin from a frame that keeps its origin', () => {
    const unsandboxed = frame('https://tracer.example/embed/flow.html', null);
    expect(originMatchesFrame('https://tracer.example', unsandboxed, HOST)).toBe(true);
    expect(originMatchesFrame('https://evil.example', unsandboxed, HOST)).toBe(false);
  });

  it('resolves a relative src against the host page', () => {
    expect(originMatchesFrame('https://news.example', frame('embed/map.html', null), HOST)).toBe(true);
  });
});

describe('trusted origins', () => {
  it('trusts the origin resize.js was served from, and only it by default', () => {
    expect([...trustedOrigins('https://tracer.example/site/embed/resize.js', null, HOST)]).toEqual([
      'https://tracer.example',
    ]);
  });

  it('adds the origins the host lists in data-origins (origins or URLs, spaces or commas), dropping junk and "null"', () => {
    const trusted = trustedOrigins(
      'https://tracer.example/embed/resize.js',
      ' https://mirror.example, https://cdn.example/x/embed/ not-a-url null ',
      HOST,
    );
    expect([...trusted].sort()).toEqual(['https://cdn.example', 'https://mirror.example', 'https://tracer.example']);
  });

  it('stands an inline script (no src) for the host page’s own origin', () => {
    expect([...trustedOrigins('', null, HOST)]).toEqual(['https://news.example']);
  });

  it('recognises an embed page by its path and its origin together', () => {
    expect(isEmbedFrame(frame('https://tracer.example/embed/flow.html'), HOST, TRUSTED)).toBe(true);
    expect(isEmbedFrame(frame('https://evil.example/embed/flow.html'), HOST, TRUSTED)).toBe(false);
    expect(isEmbedFrame(frame('https://tracer.example.evil.example/embed/flow.html'), HOST, TRUSTED)).toBe(false);
    expect(isEmbedFrame(frame('http://tracer.example/embed/flow.html'), HOST, TRUSTED)).toBe(false);
    expect(isEmbedFrame(frame('https://tracer.example/ads/banner.html'), HOST, TRUSTED)).toBe(false);
    expect(isEmbedFrame(frame('javascript:alert(1)//embed/flow.html'), HOST, TRUSTED)).toBe(false);
  });
});

describe('handleResizeEvent', () => {
  it('sets the height of the frame that sent the message, and only that one', () => {
    const first = frame('https://tracer.example/embed/flow.html');
    const second = frame('https://tracer.example/embed/flow.html');
    const result = handleResizeEvent(
      { data: message(520), origin: 'null', source: second.window },
      [first, second],
      HOST,
      TRUSTED,
    );
    expect(result?.frame).toBe(second);
    expect(second.style.height).toBe('520px');
    expect(first.style.height).toBe('');
  });

  it('tells apart two embeds of the same chart that send the same id', () => {
    const narrow = frame('https://tracer.example/embed/map.html');
    const wide = frame('https://tracer.example/embed/map.html');
    handleResizeEvent(
      { data: message(900, 'map'), origin: 'null', source: narrow.window },
      [narrow, wide],
      HOST,
      TRUSTED,
    );
    handleResizeEvent(
      { data: message(480, 'map'), origin: 'null', source: wide.window },
      [narrow, wide],
      HOST,
      TRUSTED,
    );
    expect([narrow.style.height, wide.style.height]).toEqual(['900px', '480px']);
  });

  it('ignores a message from a window that is not one of the frames', () => {
    const embed = frame('https://tracer.example/embed/flow.html');
    expect(
      handleResizeEvent({ data: message(520), origin: 'null', source: { other: true } }, [embed], HOST, TRUSTED),
    ).toBeNull();
    expect(embed.style.height).toBe('');
  });

  it('ignores a frame that is not one of our embed pages', () => {
    const ad = frame('https://ads.example/banner.html');
    expect(
      handleResizeEvent({ data: message(520), origin: 'null', source: ad.window }, [ad], HOST, TRUSTED),
    ).toBeNull();
    expect(ad.style.height).toBe('');
  });

  it('ignores an embed-looking page on another origin (a hostile frame asking for 4,321 px)', () => {
    const lookalike = frame('https://evil.example/embed/flow.html');
    expect(
      handleResizeEvent({ data: message(4321), origin: 'null', source: lookalike.window }, [lookalike], HOST, TRUSTED),
    ).toBeNull();
    expect(lookalike.style.height).toBe('');
  });

  it('resizes a frame from an origin the host listed in data-origins', () => {
    const mirror = frame('https://mirror.example/embed/map.html');
    const trusted = trustedOrigins('https://tracer.example/embed/resize.js', 'https://mirror.example', HOST);
    handleResizeEvent({ data: message(700), origin: 'null', source: mirror.window }, [mirror], HOST, trusted);
    expect(mirror.style.height).toBe('700px');
  });

  it('ignores a message whose origin is not the frame’s', () => {
    const embed = frame('https://tracer.example/embed/flow.html', null);
    expect(
      handleResizeEvent(
        { data: message(520), origin: 'https://evil.example', source: embed.window },
        [embed],
        HOST,
        TRUSTED,
      ),
    ).toBeNull();
    expect(embed.style.height).toBe('');
  });

  it('ignores a badly shaped message from a genuine frame', () => {
    const embed = frame('https://tracer.example/embed/flow.html');
    expect(
      handleResizeEvent(
        { data: { ...message(520), extra: 1 }, origin: 'null', source: embed.window },
        [embed],
        HOST,
        TRUSTED,
      ),
    ).toBeNull();
  });

  it('finds nothing for a null source', () => {
    expect(findSendingFrame([frame('https://tracer.example/embed/flow.html')], null, 'null', HOST, TRUSTED)).toBeNull();
  });
});
