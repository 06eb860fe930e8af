import 'server-only';
import type { Lang } from '../../domain/types';
import { negotiateLocale } from '../../i18n/locales';
import { langOf, readJson } from '../http';

/** ?lang= first, else Accept-Language, else English (texts of items, findings and messages). */
export function incidentLang(req: Request): Lang {
  return langOf(req, negotiateLocale(req.headers.get('accept-language')) ?? 'en');
}

/** A JSON body, or {} when the request has none (POST …/close may be sent empty). */
export async function readOptionalJson(req: Request): Promise<unknown> {
  const length = req.headers.get('content-length');
  if (!req.headers.get('content-type') && (length === null || length === '0')) return {};
  return readJson(req);
}
