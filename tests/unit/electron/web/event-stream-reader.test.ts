// The page bridge's reader for the shell's Server-Sent Events: frames may arrive split anywhere, comments keep the
// connection alive, and anything that is not ours is skipped.
import { describe, expect, it } from 'vitest';
import { readEventStream, takeFrames, type StreamFrame } from '../../../../electron/web/page/event-stream-reader';

const changed = 'event: data:changed\ndata: {"collections":["contacts"]}\n\n';
const navigate = 'event: app:navigate\ndata: {"hash":"#/today"}\n\n';

describe('takeFrames', () => {
  it('takes complete frames and keeps the rest for later', () => {
    const { frames, rest } = takeFrames(`${changed}${navigate}event: app:notice\ndata: {"ki`);
    expect(frames).toEqual([
      { event: 'data:changed', data: { collections: ['contacts'] } },
      { event: 'app:navigate', data: { hash: '#/today' } },
    ]);
    expect(rest).toBe('event: app:notice\ndata: {"ki');
  });

  it('gives the same frames however the text is split', () => {
    const text = `: connected\n\n${changed}: keep-alive\n\n${navigate}`;
    const whole = takeFrames(text).frames;
    for (let at = 0; at <= text.length; at += 1) {
      const first = takeFrames(text.slice(0, at));
      const second = takeFrames(first.rest + text.slice(at));
      expect([...first.frames, ...second.frames], `split at ${at}`).toEqual(whole);
      expect(second.rest).toBe('');
    }
    expect(whole).toHaveLength(2);
  });

  it('skips comments, frames without event or data, and data that is not JSON', () => {
    const { frames, rest } = takeFrames(
      [': connected', ': keep-alive', 'event: data:changed', 'data: not json', 'data: {"only":"data"}', 'event: lonely', ''].join('\n\n') + '\n\n' + changed,
    );
    expect(frames).toEqual([{ event: 'data:changed', data: { collections: ['contacts'] } }]);
    expect(rest).toBe('');
  });

  it('joins a frame’s data lines', () => {
    const { frames } = takeFrames('event: app:navigate\ndata: {"hash":\ndata: "#/x"}\n\n');
    expect(frames).toEqual([{ event: 'app:navigate', data: { hash: '#/x' } }]);
  });

  it('takes nothing from an empty or unfinished text', () => {
    expect(takeFrames('')).toEqual({ frames: [], rest: '' });
    expect(takeFrames(changed.slice(0, -1))).toEqual({ frames: [], rest: changed.slice(0, -1) });
  });
});

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

describe('readEventStream', () => {
  it('reports the opening once, then every event, across chunks that split a character', async () => {
    const bytes = new TextEncoder().encode(`: connected\n\nevent: app:navigate\ndata: {"hash":"#/contacts/Jürgen"}\n\n${changed}`);
    const umlaut = bytes.indexOf(0xc3);
    const chunks = [bytes.slice(0, 5), bytes.slice(5, umlaut + 1), bytes.slice(umlaut + 1, umlaut + 2), bytes.slice(umlaut + 2)];
    const seen: (StreamFrame | 'open')[] = [];
    await readEventStream(streamOf(chunks), {
      onOpen: () => seen.push('open'),
      onEvent: (event, data) => seen.push({ event, data }),
    });
    expect(seen).toEqual([
      'open',
      { event: 'app:navigate', data: { hash: '#/contacts/Jürgen' } },
      { event: 'data:changed', data: { collections: ['contacts'] } },
    ]);
  });

  it('ends without opening when the stream ends before any byte', async () => {
    let opened = false;
    await readEventStream(streamOf([]), { onOpen: () => (opened = true), onEvent: () => undefined });
    expect(opened).toBe(false);
  });
});
