// The one message an embed sends its host page: its content height. Shared by both sides so they cannot drift.

export const RESIZE_MESSAGE_TYPE = 'tariff-tracer:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  /** The embed's name (`?id=` or the chart name); informative: the host matches the frame by `event.source`. */
  id: string;
  /** Content height in CSS pixels. */
  height: number;
}

/** Heights outside this range are refused: an embed is never taller than this, nor a sliver. */
export const MIN_HEIGHT = 40;
export const MAX_HEIGHT = 20_000;

/** The message if `data` has exactly the expected shape and a sane height, else null. */
export function parseResizeMessage(data: unknown): ResizeMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  if (keys !== 'height,id,type') return null;
  if (record.type !== RESIZE_MESSAGE_TYPE) return null;
  if (typeof record.id !== 'string' || record.id.length === 0 || record.id.length > 64) return null;
  const height = record.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
  return { type: RESIZE_MESSAGE_TYPE, id: record.id, height: Math.ceil(height) };
}
