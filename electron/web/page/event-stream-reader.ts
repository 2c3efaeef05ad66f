// Reads the shell's Server-Sent Events from a fetch response body: frames separated by a blank line, each with an
// `event:` and a `data:` line (JSON); lines starting with `:` are comments that only keep the connection alive.

export interface StreamFrame {
  event: string;
  data: unknown;
}

/** Splits complete frames off the text received so far; `rest` waits for more. */
export function takeFrames(text: string): { frames: StreamFrame[]; rest: string } {
  const frames: StreamFrame[] = [];
  const blocks = text.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = '';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!event || !data) continue;
    try {
      frames.push({ event, data: JSON.parse(data) as unknown });
    } catch {
      // A frame that is not JSON is not ours; skip it.
    }
  }
  return { frames, rest };
}

export interface StreamHandlers {
  /** The first bytes arrived: the stream is open. */
  onOpen(): void;
  onEvent(event: string, data: unknown): void;
}

/** Resolves when the stream ends (the shell quit or the connection dropped). */
export async function readEventStream(body: ReadableStream<Uint8Array>, handlers: StreamHandlers): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  let opened = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    if (!opened) {
      opened = true;
      handlers.onOpen();
    }
    const { frames, rest } = takeFrames(pending + decoder.decode(value, { stream: true }));
    pending = rest;
    for (const frame of frames) handlers.onEvent(frame.event, frame.data);
  }
}
