// Reading a server-sent event stream (the team server's GET /api/events) from Node: the data
// line of each frame, as it arrives. Used by the desktop app's connection to a desk, and by the
// tests and the bench that listen like a window does.

/** Calls onData with each frame's data; stops when the stream ends or onData returns true. */
export async function readServerSentEvents(body: ReadableStream<Uint8Array>, onData: (data: string) => boolean | void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text += decoder.decode(value, { stream: true });
      const frames = text.split('\n\n');
      text = frames.pop()!;
      for (const frame of frames) {
        const data = frame.split('\n').find((line) => line.startsWith('data: '));
        if (data !== undefined && onData(data.slice(6)) === true) return;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
