/**
 * Robustness: over ten thousand seeded hostile inputs (controls, bidi and
 * zero-width marks, lone surrogates, emoji, random Unicode, HTML, Telegram
 * entities, Slack mrkdwn, SQL, odd numbers, 100,000-character strings, real
 * questions with all of these spliced in) through the core, the batch
 * contract and every renderer. Nothing may throw, no status may be `error`,
 * and every output must be valid for its platform: escaped, within limits.
 * The seed is fixed so a failure reproduces; fast-check prints the shrunk input.
 * ROBUSTNESS_REPORT=1 prints how many inputs each property and category got.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, ChatState, Choice, Lang } from '../../src/index.js';
import { JsonlSession } from '../../adapters/cli/jsonl.js';
import { renderAnswer as renderSlack } from '../../adapters/slack/blocks.js';
import { escapeMrkdwn, fromSlackText } from '../../adapters/slack/mrkdwn.js';
import { factCard } from '../../adapters/telegram/inline.js';
import { renderAnswer as renderTelegram } from '../../adapters/telegram/render.js';
import { giant, GIANT_PIECES, giantOf, hostileInput, KINDS, PHRASES, type Hostile, type Kind } from './hostile.js';
import { oneLine, poisonAnswer } from './poison.js';
import { core, coreProblems, platformProblems, renderForTelegram } from './platforms.js';
import { slackProblems, visibleMrkdwn } from './slack-oracle.js';
import { cardProblems, replyProblems, visibleText } from './telegram-oracle.js';
import { jsonlProblems } from './text-oracle.js';

/** The article a rendered answer cites, as plain as it gets. */
const ARTICLE = { title: 'title', kind: 'kind', date: 'date' };

const SEED = 20250227;
/** Generous: no timing is asserted, but vitest's default 20 s is too tight on a busy 2-core runner. */
const TIMEOUT = 180_000;

/** How many inputs each property generated, and of which category: the suite proves its own coverage. */
const perProperty = new Map<string, number>();
const perKind = new Map<Kind, number>();

/** Counts one generated input towards a property's total and its category. */
function seen(property: string, input: Hostile): string {
  perProperty.set(property, (perProperty.get(property) ?? 0) + 1);
  perKind.set(input.kind, (perKind.get(input.kind) ?? 0) + 1);
  return input.text;
}

/** Answers one input as a turn of a conversation and checks the reply everywhere; returns the next state. */
function turn(text: string, state: ChatState): ChatState {
  const reply = core.answer(text, state);
  expect(coreProblems(reply), JSON.stringify(text.slice(0, 300))).toEqual([]);
  // Slack shows the question above a private answer as the adapter reads it: Slack markup turned back into words.
  expect(platformProblems(reply.answer, fromSlackText(text)), JSON.stringify(text.slice(0, 300))).toEqual([]);
  return reply.state;
}

describe('hostile input through the core and every renderer', () => {
  it('answers a conversation of hostile turns, follow-ups included, validly on every platform', () => {
    // Real questions interleaved so follow-ups ("那…呢", a bare "2") have a context to misuse.
    // (Plain questions are context, not hostile input: they are not counted.)
    const step = fc.oneof({ arbitrary: hostileInput, weight: 5 }, { arbitrary: fc.constantFrom(...PHRASES), weight: 1 });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (inputs) => {
        let state: ChatState = {};
        for (const input of inputs) state = turn(typeof input === 'string' ? input : seen('conversation', input), state);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  }, TIMEOUT);

  it('answers pressed choices and browse requests carrying hostile labels and ids', () => {
    const factIds = [...core.knowledge.data.factById.keys()];
    const orgIds = core.organisations('zh').map((o) => o.id);
    const lang = fc.constantFrom<Lang>('zh', 'en');
    const id = (real: string[]) => fc.oneof(fc.constantFrom(...real), hostileInput.map((h) => h.text));
    fc.assert(
      fc.property(hostileInput, fc.array(id(factIds), { maxLength: 4 }), hostileInput, id(orgIds), lang, (label, ids, other, orgId, l) => {
        const choice: Choice = { label: seen('choose', label), factIds: ids };
        const chosen = core.choose(choice, l, {});
        expect(coreProblems(chosen)).toEqual([]);
        expect(platformProblems(chosen.answer, choice.label)).toEqual([]);
        // A choice with no facts asks its label as a question: the hostile text reaches the core.
        const asked = core.choose({ label: seen('choose', other), factIds: [] }, l, chosen.state);
        expect(coreProblems(asked)).toEqual([]);
        expect(platformProblems(asked.answer, other.text)).toEqual([]);
        const card = core.browse(orgId, l, asked.state);
        expect(coreProblems(card)).toEqual([]);
        expect(replyProblems(renderForTelegram(card.answer))).toEqual([]);
      }),
      { seed: SEED, numRuns: 500 },
    );
  }, TIMEOUT);

  it('gives inline-mode fact cards Telegram accepts for any query', () => {
    fc.assert(
      fc.property(hostileInput, (input) => {
        const { lang, facts } = core.cards(seen('inline', input), 10);
        expect(['zh', 'en']).toContain(lang);
        expect(facts.length).toBeLessThanOrEqual(10);
        for (const fact of facts) expect(cardProblems(factCard(fact, lang, core.about(lang))), fact.id).toEqual([]);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  }, TIMEOUT);
});

describe('hostile input through the batch contract (ask --jsonl)', () => {
  /** An input line as a batch file could hold it: bare, as a chat turn, or as broken or odd JSON. */
  const line = fc.tuple(hostileInput, fc.integer({ min: 0, max: 5 }), fc.constantFrom('c1', 'c2', '1e309', '__proto__')).map(([input, form, chat]): [Hostile, string] => {
    const q = input.text;
    const forms = [
      q,
      JSON.stringify({ chat, q }),
      JSON.stringify({ chat: Number(chat), q }),
      `{"chat":"${chat}","q":"${q}`,
      JSON.stringify({ chat, q: { toString: q } }), // q not a string: the whole line is the question
      `{"chat":${chat},"q":${JSON.stringify(q)}}`,
    ];
    return [input, forms[form]!];
  });

  it('answers every line with one line of JSON and a valid status, never error', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const session = new JsonlSession(core);
        for (const [input, text] of lines) {
          seen('jsonl', input);
          expect(jsonlProblems(session.answerLine(text)), JSON.stringify(text.slice(0, 300))).toEqual([]);
        }
      }),
      { seed: SEED, numRuns: 600 },
    );
  }, TIMEOUT);
});

describe('hostile data through the renderers', () => {
  // One real answer of each layout; hostile text is then put into every string of it.
  const bases: Answer[] = [
    '汉口银行服务了多少家科技企业？', 'How many tech firms has Hankou Bank served?', '汉口银行和武汉农商行哪个服务的企业多？',
    'Which has served more firms, Hankou Bank or Wuhan Rural Commercial Bank?', '武汉拿过哪些“国字号”试点？', 'Hanrongtong', '投控集团旗下有哪些机构',
    '汉口银行和武汉农商行分别服务了多少家企业', '汉口银行 贷款', '汉口银行2023年净利润', 'How many employees does Hankou Bank have?', 'help', '你好',
  ].map((q) => core.answer(q).answer);

  it('covers every layout', () => {
    expect(new Set(bases.map((a) => a.kind))).toEqual(new Set(['lookup', 'compare', 'list', 'browse', 'multi', 'clarify', 'not_found', 'help', 'smalltalk']));
  });

  it('escapes hostile text in every field, on Telegram and Slack, within limits', () => {
    const copies = fc.oneof({ arbitrary: fc.constant(1), weight: 8 }, fc.integer({ min: 2, max: 12 }));
    fc.assert(
      fc.property(fc.nat({ max: bases.length - 1 }), hostileInput, copies, (b, input, n) => {
        // Data is read from UTF-8 files, so it can hold anything but a lone surrogate.
        const p = seen('poisoned', input).toWellFormed();
        const answer = poisonAnswer(bases[b]!, p, n);
        const where = JSON.stringify(p.slice(0, 300));
        expect(replyProblems(renderForTelegram(answer)), where).toEqual([]);
        // Before the split, every line is whole: what the user reads must be the hostile text itself.
        const shown = renderTelegram(answer, ARTICLE).map(visibleText).join('\n');
        expect(shown.includes(p), `notes not shown as written: ${where}`).toBe(true);
        // Each fact shows its figure (or text) and its quote; the sentence would only say the figure again.
        for (const fact of answer.facts) expect(shown.includes(fact.quote) && shown.includes(oneLine(fact.figure ?? fact.text ?? fact.sentence)), where).toBe(true);
        for (const choice of answer.choices) expect(shown.includes(choice.label), where).toBe(true);
        const slack = renderSlack(answer);
        expect(slackProblems(slack), where).toEqual([]);
        for (const fact of answer.facts.slice(0, 3)) expect(cardProblems(factCard(fact, answer.lang, ARTICLE)), where).toEqual([]);
        const headline = slack.blocks[0] as { text: { text: string } };
        // A lookup's headline only restates its first fact, which the fact section states once.
        const restating = (answer.kind === 'lookup' || answer.kind === 'multi') && answer.facts.length > 0;
        if (!restating && escapeMrkdwn(answer.headline).length <= 2998) {
          const expected = answer.headline.includes('\n') ? answer.headline : `*${answer.headline}*`;
          expect(visibleMrkdwn(headline.text.text), where).toBe(expected.replace(/\u2060/g, ''));
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  }, TIMEOUT);
});

describe('100,000-character input', () => {
  it('is answered, batched and rendered like any other', () => {
    fc.assert(
      fc.property(giant, (input) => {
        const text = seen('giant', input);
        turn(text, {});
        expect(jsonlProblems(new JsonlSession(core).answerLine(JSON.stringify({ chat: 'c', q: text })))).toEqual([]);
        const { lang, facts } = core.cards(text, 10);
        for (const fact of facts) expect(cardProblems(factCard(fact, lang, core.about(lang)))).toEqual([]);
        const answer = poisonAnswer(core.answer('汉口银行服务了多少家科技企业？').answer, text.toWellFormed());
        expect(replyProblems(renderForTelegram(answer))).toEqual([]);
        expect(slackProblems(renderSlack(answer))).toEqual([]);
      }),
      // The fixed pieces run first (fast-check's examples count towards numRuns), then four random ones.
      { seed: SEED, numRuns: GIANT_PIECES.length + 4, examples: GIANT_PIECES.map((piece) => [giantOf(piece)]) },
    );
  }, TIMEOUT);
});

describe('coverage', () => {
  // Runs last (tests in a file run in order); a property that failed early leaves this short too.
  it('generated at least 10,000 inputs, from every category', () => {
    const total = [...perProperty.values()].reduce((a, b) => a + b, 0);
    if (process.env.ROBUSTNESS_REPORT) console.info({ total, perProperty: Object.fromEntries(perProperty), perKind: Object.fromEntries(perKind) });
    expect(total).toBeGreaterThanOrEqual(10_000);
    for (const kind of KINDS) expect(perKind.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(kind === 'giant' ? GIANT_PIECES.length : 50);
  });
});
