import { describe, expect, it } from 'vitest';
import { markdownProse, repeatedSentences, runbookTextMetrics, sentences, wordCount } from '../../../lib/runbook/metrics';
import { renderRunbookMarkdown } from '../../../lib/runbook/render-md';
import { app, group, runbookOf } from './fixtures';

const LONG = 'Tell the service desk which users are affected and which login method still works today.'; // 15 words
const LONG2 = 'Stop the Authentication Proxy service before you start it again with the primary only option.'; // 15 words
const SHORT = 'Call the owner now and wait.'; // 6 words

describe('repeatedSentences', () => {
  it.each([
    { name: 'twice is allowed', text: [LONG, LONG].join(' '), expected: [] },
    { name: 'three times is reported', text: [LONG, SHORT, LONG, LONG].join(' '), expected: [{ count: 3 }] },
    { name: 'short sentences never count', text: Array(5).fill(SHORT).join(' '), expected: [] },
    {
      name: 'case, spacing and markup-free punctuation do not hide a repeat',
      text: `${LONG}\n${LONG.toUpperCase()}\n${LONG.replace(/ /g, '  ')}`,
      expected: [{ count: 3 }],
    },
    {
      name: 'most repeated first',
      text: [LONG, LONG2, LONG2, LONG, LONG2, LONG, LONG2].join('\n'),
      expected: [{ count: 4 }, { count: 3 }],
    },
  ])('$name', ({ text, expected }) => {
    expect(repeatedSentences(text).map((r) => ({ count: r.count }))).toEqual(expected);
  });

  it('counts words with 12 as the threshold', () => {
    const eleven = 'One two three four five six seven eight nine ten eleven.';
    const twelve = 'One two three four five six seven eight nine ten eleven twelve.';
    expect(repeatedSentences(Array(3).fill(eleven).join(' '))).toEqual([]);
    expect(repeatedSentences(Array(3).fill(twelve).join(' '))).toHaveLength(1);
  });
});

describe('markdownProse', () => {
  it('drops code blocks, anchors and markup, keeps the words', () => {
    const md =
      '<a id="x"></a>\n# Title\n\n- **How:** restart the `proxy` service\n\n```sh\nnet stop DuoAuthProxy\n```\n\n> **Warning:** mind the \\[neighbours\\]';
    const prose = markdownProse(md);
    expect(prose).toBe('Title\nHow: restart the proxy service\nWarning: mind the [neighbours]');
    expect(prose).not.toContain('net stop');
    expect(wordCount(prose)).toBe(10);
    expect(sentences('One. Two words! Three?')).toEqual(['One.', 'Two words!', 'Three?']);
  });

  it('measures a real runbook', () => {
    const scene = { groups: [group('Staff')], apps: [app({ name: 'VPN' })] };
    const m = runbookTextMetrics(renderRunbookMarkdown(runbookOf(scene, 'VPN').rb));
    expect(m.words).toBeGreaterThan(100);
    expect(m.repeatedSentences).toBeGreaterThanOrEqual(0);
  });
});
