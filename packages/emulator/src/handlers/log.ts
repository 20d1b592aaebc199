import { cleanLogText, followLog } from '../state/run-log.js';
import type { HandlerTable } from './types.js';

export const logHandlers: Pick<HandlerTable, 'log_get'> = {
  log_get({ query, locate, state, signal }) {
    const record = locate();
    const log = state.logs.get(record.run.id);
    const transform = query.raw ? (text: string) => text : cleanLogText;
    const headers: Record<string, string> = query.download
      ? { 'content-disposition': `attachment; filename="${record.run.id}.log"` }
      : {};
    const contentType = 'text/plain; charset=utf-8';
    if (query.stream && log && !record.finished) {
      return { status: 200, contentType, headers, body: followLog(record, log, signal, transform) };
    }
    return { status: 200, contentType, headers, body: transform(log?.content() ?? '') };
  },
};
