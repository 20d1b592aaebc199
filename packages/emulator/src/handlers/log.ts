import { cleanLogText, followLog, logCleaner } from '../state/run-log.js';
import type { HandlerTable } from './types.js';

export const logHandlers: Pick<HandlerTable, 'log_get'> = {
  log_get({ query, locate, state, signal }) {
    const record = locate();
    const log = state.logs.get(record.run.id);
    const raw = (text: string) => text;
    const headers: Record<string, string> = query.download
      ? { 'content-disposition': `attachment; filename="${record.run.id}.log"` }
      : {};
    const contentType = 'text/plain; charset=utf-8';
    if (query.stream && log && !record.finished) {
      return {
        status: 200,
        contentType,
        headers,
        body: followLog(record, log, signal, query.raw ? raw : logCleaner()),
      };
    }
    const text = log?.content() ?? '';
    return { status: 200, contentType, headers, body: query.raw ? text : cleanLogText(text) };
  },
};
