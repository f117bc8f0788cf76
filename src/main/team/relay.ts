// Desk events across server processes. A newsroom may run two team servers on one PostgreSQL
// database (two machines behind a proxy, or a restart overlapping the old process): each one's
// open windows must hear of the other's writes too. PostgreSQL's LISTEN/NOTIFY carries them: each
// event is sent once on a channel with the sending process's id, and each process passes on to
// its own windows what the others sent (its own it has already passed on).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DeskEvent } from './host';

export const EVENT_CHANNEL = 'claimdesk_desk_events';
/** NOTIFY takes at most 8,000 bytes; desk events are a few hundred. */
const MAX_PAYLOAD = 7_900;

export interface EventRelay {
  /** Tells the other processes about an event this one has already passed on. */
  send(event: DeskEvent): void;
  /** Calls back with the events other processes sent. */
  onReceive(deliver: (event: DeskEvent) => void): void;
  close(): Promise<void>;
}

export async function openPostgresEventRelay(url: string, onError: (message: string) => void = () => undefined): Promise<EventRelay> {
  const origin = randomUUID();
  const listener = new pg.Client({ connectionString: url });
  const sender = new pg.Pool({ connectionString: url, max: 1 });
  const receivers: Array<(event: DeskEvent) => void> = [];
  await listener.connect();
  listener.on('notification', (message) => {
    if (message.channel !== EVENT_CHANNEL || !message.payload) return;
    try {
      const { from, event } = JSON.parse(message.payload) as { from: string; event: DeskEvent };
      if (from !== origin) for (const deliver of receivers) deliver(event);
    } catch {
      // Not ours: another program on the same channel.
    }
  });
  // A lost listening connection means missed events, not a crashed server: say so.
  listener.on('error', (error) => onError(`desk events from other servers stopped: ${error.message}`));
  await listener.query(`listen ${EVENT_CHANNEL}`);
  return {
    send(event) {
      const payload = JSON.stringify({ from: origin, event });
      if (Buffer.byteLength(payload) > MAX_PAYLOAD) return;
      sender.query('select pg_notify($1, $2)', [EVENT_CHANNEL, payload]).catch((error: Error) => onError(`could not tell other servers of a change: ${error.message}`));
    },
    onReceive(deliver) {
      receivers.push(deliver);
    },
    async close() {
      await listener.end().catch(() => undefined);
      await sender.end().catch(() => undefined);
    },
  };
}
