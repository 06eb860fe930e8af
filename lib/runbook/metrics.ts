// Runbook length metrics for the benchmark (issue 12 targets): words, and sentences of 12+ words
// that appear more than twice in one runbook (repetition the on-call engineer has to read again).
// Pure: works on the Markdown rendering (code blocks left out: commands are not prose).

/** The prose of a Markdown document: no code blocks, anchors, markup or escapes. */
export function markdownProse(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const raw of markdown.split('\n')) {
    const m = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (fence) {
      if (m && m[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (m) {
      fence = m[1]!;
      continue;
    }
    const line = raw
      .replace(/<a id="[^"]*"><\/a>/g, '')
      .replace(/^\s*(#{1,6}\s+|>\s?|[-*]\s+\[[ x]\]\s+|[-*]\s+|\d+\.\s+)/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|(?<!\w)_|_(?!\w)|`/g, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~=])/g, '$1')
      .trim();
    if (line && line !== '---') out.push(line);
  }
  return out.join('\n');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-./:]*/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Sentences: split at . ! ? followed by a space or the end, and at line ends. */
export function sentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"„“(])/u))
    .map((s) => s.trim())
    .filter(Boolean);
}

const normalize = (s: string) => (s.toLowerCase().match(WORD) ?? []).join(' ');

/** Sentences of at least minWords words that appear more than maxTimes times, most repeated first. */
export function repeatedSentences(
  text: string,
  opts: { minWords?: number; maxTimes?: number } = {},
): { sentence: string; count: number }[] {
  const minWords = opts.minWords ?? 12;
  const maxTimes = opts.maxTimes ?? 2;
  const counts = new Map<string, { sentence: string; count: number }>();
  for (const s of sentences(text)) {
    const key = normalize(s);
    if (key.split(' ').length < minWords) continue;
    const e = counts.get(key);
    if (e) e.count += 1;
    else counts.set(key, { sentence: s, count: 1 });
  }
  return [...counts.values()].filter((e) => e.count > maxTimes).sort((a, b) => b.count - a.count);
}

export interface RunbookTextMetrics {
  words: number;
  /** Distinct 12+-word sentences that appear more than twice. */
  repeatedSentences: number;
  worst: { sentence: string; count: number } | null;
}

export function runbookTextMetrics(markdown: string): RunbookTextMetrics {
  const prose = markdownProse(markdown);
  const rep = repeatedSentences(prose);
  return { words: wordCount(prose), repeatedSentences: rep.length, worst: rep[0] ?? null };
}

/** Issue 12 targets: at most 5 A4 pages per runbook, no 12+-word sentence more than twice, binder ≤ 5 pages per application. */
export const RUNBOOK_TARGETS = { maxPages: 5, maxRepeatedSentences: 0, maxBinderPagesPerApp: 5 } as const;
