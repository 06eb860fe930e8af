// Display labels that the rules engine's messages (lib/domain/messages.ts) do not already have.
import type { Lang, Role } from '../domain/types';

export const ROLE_LABELS: Record<Role, Record<Lang, string>> = {
  admin: { en: 'Admin', de: 'Admin' },
  editor: { en: 'Editor', de: 'Bearbeiter' },
  reviewer: { en: 'Security reviewer', de: 'Sicherheitsprüfer' },
  viewer: { en: 'Viewer', de: 'Leser' },
};
