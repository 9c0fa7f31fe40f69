/**
 * Answer → Block Kit, as pure functions: every piece of core text escaped,
 * Slack's limits kept however long the answer, button values read back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, CitedFact } from '../../../src/index.js';
import { chooseButton, readChoice, readShare, readVote, shareButton } from '../../../adapters/slack/actions.js';
import { renderAnswer } from '../../../adapters/slack/blocks.js';
import { escapeMrkdwn, fitMrkdwn, fitPlain, fromSlackText } from '../../../adapters/slack/mrkdwn.js';
import { core, expectWithinLimits } from './helpers.js';

function fact(over: Partial<CitedFact> = {}): CitedFact {
  return {
    id: 'org.metric', org: '汉口银行', subject: null, metric: '服务科技企业数', figure: '超9500家', figureEn: 'more than 9,500', value: '9500', unit: '家',
    qualifier: [], asOf: '截至2024年末', text: null, quote: '服务科技企业超9500家', section: '汉口银行', scope: null, sentence: '汉口银行 · 服务科技企业数：超9500家', ...over,
  };
}

function answer(over: Partial<Answer> = {}): Answer {
  return { status: 'answered', kind: 'lookup', lang: 'zh', script: 'simplified', headline: 'h', facts: [fact()], choices: [], suggestions: [], notes: [], text: 't', ...over };
}

/** Every mrkdwn string in a message (section texts, context elements) and its fallback text. */
function mrkdwnTexts(rendered: { text: string; blocks: unknown[] }): string[] {
  const out = [rendered.text];
  for (const block of rendered.blocks as Record<string, unknown>[]) {
    const text = block.text as { type: string; text: string } | undefined;
    if (text?.type === 'mrkdwn') out.push(text.text);
    for (const el of (block.elements ?? []) as { type: string; text: string }[]) if (el.type === 'mrkdwn') out.push(el.text);
  }
  return out;
}

const limits = (rendered: { text: string; blocks: unknown[] }) => expectWithinLimits({ method: 'chat.postMessage', params: rendered, status: 200 });
const NASTY = '<!channel> <@U123> <http://x|y> & > @here';
/** Strings dense in Slack markup, mixed with arbitrary Unicode. */
const markup = fc.string({ unit: fc.constantFrom('<', '>', '&', '@', 'channel', 'here', '!', '|', 'http://x', 'amp;', 'a', '汉', ' ', '\n') });
const anyText = (maxLength?: number) => fc.oneof(fc.string({ unit: 'grapheme', maxLength }), fc.string({ unit: fc.constantFrom('<', '&', '@channel', '汉', 'x'), maxLength }), markup);

describe('escaping', () => {
  it('escapes &, < and > and defuses @channel, @here and @everyone', () => {
    expect(escapeMrkdwn('<!channel> <@U123> <http://x|y> & >')).toBe('&lt;!channel&gt; &lt;@U123&gt; &lt;http://x|y&gt; &amp; &gt;');
    expect(escapeMrkdwn('@channel @here @Everyone')).toBe('@\u2060channel @\u2060here @\u2060Everyone');
  });

  it('escapes every piece of core text in a message', () => {
    const evil = fact({ org: NASTY, metric: NASTY, figure: NASTY, figureEn: NASTY, asOf: NASTY, quote: NASTY, section: NASTY, scope: NASTY });
    const rendered = renderAnswer(answer({ lang: 'en', headline: NASTY, notes: [NASTY], facts: [evil, fact({ figure: null, text: NASTY })], text: NASTY }));
    for (const text of mrkdwnTexts(rendered)) {
      expect(text).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/@(channel|here)/);
      expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
  });

  it('marks every mrkdwn text verbatim so Slack adds no links or mentions of its own', () => {
    const json = JSON.stringify(renderAnswer(answer({ notes: ['n'] })).blocks);
    expect(json.match(/"type":"mrkdwn"/g)?.length).toBe(json.match(/"verbatim":true/g)?.length);
  });

  it('reads Slack markup in incoming text back into plain words', () => {
    expect(fromSlackText('<@UBOT> 汉口银行 &amp; <@U1|ann> <#C1|general> <!here> <!subteam^S1|@team> <http://x|y> <https://z> &lt;3', 'UBOT'))
      .toBe('汉口银行 & @ann #general @here @team y https://z <3');
  });

  it('never splits an entity when cutting, and keeps to the length', () => {
    fc.assert(fc.property(anyText(), fc.integer({ min: 2, max: 60 }), (text, max) => {
      const cut = fitMrkdwn(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/&(?!amp;|lt;|gt;)/);
      expect(cut).not.toMatch(/[<>]/);
    }));
    expect(fitPlain('', 75)).toBe('…');
    expect([...fitPlain('汉'.repeat(100), 75)]).toHaveLength(75);
  });
});

describe('layout', () => {
  it('states the figure once in bold, then the quote and period under it, then one source line with the date', () => {
    const article = { title: 'Wuhan goes all out', kind: 'newspaper special section', date: '27 February 2025' };
    const { blocks } = renderAnswer(answer({ lang: 'en', headline: '汉口银行 · 服务科技企业数：超9500家' }), { article });
    // A lookup's headline would say the figure again: the fact section says it, once.
    expect(blocks[0]?.type).toBe('section');
    expect(JSON.stringify(blocks[0])).toContain('*超9500家* (more than 9,500)  汉口银行 · 服务科技企业数');
    expect(blocks[1]?.type).toBe('context');
    expect(JSON.stringify(blocks[1])).toContain('Quote: “服务科技企业超9500家”');
    expect(JSON.stringify(blocks[1])).toContain('截至2024年末');
    expect(JSON.stringify(blocks[2])).toContain('Source: “Wuhan goes all out”, newspaper special section, 27 February 2025 — “汉口银行”');
    expect(JSON.stringify(blocks).split('*超9500家*').length - 1).toBe(1);
  });

  it('puts 👍, 👎 and cite under an answer, in the UI language, carrying the question', () => {
    const { blocks } = renderAnswer(answer(), { uiLang: 'en', question: '汉口银行?' });
    const last = blocks.at(-1) as { elements: { text: { text: string }; value: string; action_id: string }[] };
    expect(last.elements.map((e) => e.text.text)).toEqual(['👍', '👎', 'Cite']);
    expect(readVote(last.elements[1]!.value)).toEqual({ question: '汉口银行?', factIds: ['org.metric'], lang: 'zh', uiLang: 'en' });
    expect(renderAnswer(answer({ status: 'clarify', kind: 'clarify' })).blocks.some((b) => JSON.stringify(b).includes('figures_vote'))).toBe(false);
  });

  it('leaves a multi-line headline (help) unbolded, since bold cannot span lines', () => {
    const first = renderAnswer(answer({ headline: 'a\nb', facts: [] })).blocks[0];
    expect(JSON.stringify(first)).toContain('"text":"a\\nb"');
  });

  it('keeps a very long answer within 50 blocks and every limit, saying how many facts are left out', () => {
    const long = 'x&<'.repeat(3000);
    const facts = Array.from({ length: 80 }, (_, i) => fact({ id: `f${i}.${'y'.repeat(150)}`, quote: long, scope: long, section: long, org: long }));
    const choices = Array.from({ length: 30 }, (_, i) => ({ label: `${i} ${long}`, factIds: facts.slice(0, 30).map((f) => f.id) }));
    const rendered = renderAnswer(answer({ headline: long, notes: [long, long], facts, choices, suggestions: choices, text: long }), {
      lead: 'asked', share: { key: 'k', factIds: facts.map((f) => f.id), lang: 'zh' },
    });
    expect(rendered.blocks.length).toBeLessThanOrEqual(50);
    limits(rendered);
    expect(JSON.stringify(rendered.blocks)).toMatch(/另有 \d+ 项未列出/);
    expect(JSON.stringify(rendered.blocks)).toContain('figures_share');
  });

  it('keeps any answer within limits and free of raw markup (property)', () => {
    const text = anyText(4000);
    const arbFact = fc.record({ figure: fc.option(text), quote: text, section: text, org: text, asOf: fc.option(text), text: fc.option(text) });
    fc.assert(fc.property(text, fc.array(arbFact, { maxLength: 40 }), fc.array(text, { maxLength: 5 }), (headline, parts, notes) => {
      const facts = parts.map((p) => fact({ ...p, figure: p.figure, asOf: p.asOf }));
      const rendered = renderAnswer(answer({ headline, notes, facts, text: headline, suggestions: notes.map((label) => ({ label, factIds: [] })) }));
      limits(rendered);
      for (const t of mrkdwnTexts(rendered)) expect(t).not.toMatch(/[<>]/);
    }), { numRuns: 60 });
  });

  it('renders real answers within limits', () => {
    for (const q of ['武汉市', '武汉农商行', 'help', '汉口银行 贷款', '汉口银行2023年净利润', 'Which national pilots has Wuhan won?']) {
      limits(renderAnswer(core().answer(q).answer));
    }
  });
});

describe('button values', () => {
  it('round-trip a choice and a share reference, small enough for Slack', () => {
    const button = chooseButton({ label: '汉'.repeat(1000), factIds: Array.from({ length: 50 }, (_, i) => `fact.${i}`) }, 'en', 3);
    expect(button.action_id).toBe('figures_choose_3');
    expect(String(button.value).length).toBeLessThanOrEqual(2000);
    expect(readChoice(button.value)?.lang).toBe('en');
    expect(readChoice(button.value)?.choice.factIds).toHaveLength(20);
    const share = shareButton({ key: 'abc', factIds: ['a.b'], lang: 'zh' }, 'Share');
    expect(readShare(share.value)).toEqual({ key: 'abc', factIds: ['a.b'], lang: 'zh' });
  });

  it('reject values that are not ours', () => {
    for (const junk of [undefined, '', 'nope', '{"q":1}', '{"k":"a","f":[],"l":"fr"}', 'x'.repeat(3000)]) {
      expect(readChoice(junk)).toBeNull();
      expect(readShare(junk)).toBeNull();
    }
  });
});
