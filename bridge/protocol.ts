/**
 * Messages between the bridge and the page over the WebSocket, as JSON. Both
 * sides parse what they receive from unknown into these types.
 */
export type ToPage =
  | { t: 'set'; address: string; value: number }
  | { t: 'stats'; received: number; forwarded: number; malformed: number; unknown: number; badType: number; clients: number; lastProblem: string };

export type FromPage =
  | { t: 'feedback'; address: string; value: number; int: boolean }
  | { t: 'pen'; data: number[] }
  | { t: 'restarted'; writer: number };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return isObj(v) ? v : null;
  } catch {
    return null;
  }
}

export function parseToPage(text: string): ToPage | null {
  const v = parseObject(text);
  if (!v) return null;
  if (v.t === 'set' && typeof v.address === 'string' && num(v.value)) return { t: 'set', address: v.address, value: v.value };
  if (v.t === 'stats' && num(v.received) && num(v.forwarded) && num(v.malformed) && num(v.unknown) && num(v.badType) && num(v.clients) && typeof v.lastProblem === 'string')
    return { t: 'stats', received: v.received, forwarded: v.forwarded, malformed: v.malformed, unknown: v.unknown, badType: v.badType, clients: v.clients, lastProblem: v.lastProblem };
  return null;
}

export function parseFromPage(text: string): FromPage | null {
  const v = parseObject(text);
  if (!v) return null;
  if (v.t === 'feedback' && typeof v.address === 'string' && v.address.startsWith('/') && num(v.value) && typeof v.int === 'boolean')
    return { t: 'feedback', address: v.address, value: v.value, int: v.int };
  if (v.t === 'pen' && Array.isArray(v.data) && v.data.length % 4 === 0 && v.data.every(num)) return { t: 'pen', data: v.data as number[] };
  if (v.t === 'restarted' && num(v.writer)) return { t: 'restarted', writer: v.writer };
  return null;
}
