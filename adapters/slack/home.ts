/**
 * The App Home tab and the slash command's usage message: what the bot knows
 * (the article, its organisations, headline figures), how to ask, example
 * questions as buttons, and the dataset version. Bilingual, since Slack does
 * not tell the bot a user's language without an extra scope.
 */
import type { types } from '@slack/bolt';
import type { Core } from '../../src/index.js';
import type { Lang } from '../../src/index.js';
import { ORG_GROUPS, orgsOfGroup } from '../browsing/index.js';
import { ui } from '../i18n/index.js';
import { chooseButton, orgButton } from './actions.js';
import { context, fallback, section, type Rendered } from './blocks.js';
import { escapeMrkdwn, fitMrkdwn } from './mrkdwn.js';

/** How many headline figures the Home tab lists. */
const FIGURES_SHOWN = 8;

/** How to ask, in both languages; `command` is the slash command's name. */
function howTo(command: string): string {
  return [ui('zh')('slackUsage', { command }), ui('en')('slackUsage', { command })].join('\n\n');
}

/** The article and dataset, as one context line per language. */
function about(core: Core): types.ContextBlock {
  const zh = core.about('zh');
  const en = core.about('en');
  return context([
    escapeMrkdwn(`《${zh.title}》（${zh.date}）· ${zh.facts} 条事实，${zh.figures} 个数字`),
    escapeMrkdwn(`“${en.title}” (${en.date}) · ${en.facts} facts, ${en.figures} figures · data ${en.version}`),
  ]);
}

/** Example questions in both languages as buttons; a press asks the question. */
function examples(core: Core): types.ActionsBlock {
  const zh = core.examples('zh').map((label) => ({ label, factIds: [] }));
  const en = core.examples('en').map((label) => ({ label, factIds: [] }));
  const elements = [
    ...zh.map((choice, i) => chooseButton(choice, 'zh', i)),
    ...en.map((choice, i) => chooseButton(choice, 'en', zh.length + i)),
  ];
  return { type: 'actions', elements: elements.slice(0, 25) };
}

/**
 * The organisations as buttons, in /list's two groups, each press opening a
 * card; at most 25 buttons an actions block, as Slack allows.
 */
export function organisationBlocks(core: Core, lang: Lang): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [];
  let index = 0;
  for (const group of ORG_GROUPS) {
    const orgs = orgsOfGroup(core, lang, group);
    if (orgs.length === 0) continue;
    blocks.push(section(`*${escapeMrkdwn(ui(lang)(`listGroup_${group}`))}*`));
    for (let i = 0; i < orgs.length; i += 25) {
      blocks.push({ type: 'actions', elements: orgs.slice(i, i + 25).map((org) => orgButton(org, lang, index++)) });
    }
  }
  return blocks;
}

/** The article's headline figures, each with its English reading. */
function figures(core: Core): string {
  const lines = core.cards('', FIGURES_SHOWN).facts.map((f) => {
    const english = f.figureEn ? ` (${escapeMrkdwn(f.figureEn)})` : '';
    return `• ${fitMrkdwn(f.sentence, 300)}${english}`;
  });
  return `*主要数字 · Headline figures*\n${lines.join('\n')}`;
}

/** The App Home tab. */
export function homeView(core: Core, command: string): types.HomeView {
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'figures-bot' } },
    about(core),
    section(howTo(command)),
    { type: 'divider' },
    ...organisationBlocks(core, 'zh'),
    ...organisationBlocks(core, 'en'),
    section(figures(core)),
    { type: 'divider' },
    section('*试试 · Try*'),
    examples(core),
    context([escapeMrkdwn(`Dataset version ${core.about('en').version}`)]),
  ];
  return { type: 'home', blocks };
}

/** The reply to `/figures` alone or `/figures help`: how to ask, and examples. */
export function renderUsage(core: Core, command: string): Rendered {
  const en = core.about('en');
  const text = `${command} <question> · ${en.title} (${en.date}) · ${core.examples('en').join(' · ')}`;
  return { text: fallback(text), blocks: [section(howTo(command)), about(core), examples(core)] };
}
