/**
 * Questions about the article itself: when it appeared, its headline and
 * slogan, its sections, how many figures it gives, where it comes from.
 */
import { articleDate } from '../cite.js';
import { build, type ComposeContext } from '../compose.js';
import type { AnswerStatus } from '../types.js';
import type { ArticleAsk } from '../data/schema.js';
import { messages } from '../messages.js';
import { hasCue, reply, type Intent, type IntentContext } from './intent.js';
import { hasPronoun } from '../query.js';

/** A reply of plain lines about the article, citing no fact. */
function composeText(ctx: ComposeContext, status: AnswerStatus, headline: string, notes: string[]) {
  return build(ctx, { status, kind: 'meta', headline, notes });
}

/** Topic words outside the article cues ("published" is also a topic word, 出台): the question asks about something else. */
function termsBeyondCues(turn: IntentContext['turn']): boolean {
  const cues = turn.analysis.scan.cues.filter((m) => m.concepts.some((c) => c.kind === 'article'));
  return turn.analysis.terms.some((t) => !cues.some((m) => t.start >= m.start && t.end <= m.end));
}

/** The day of the week of an ISO date, 0 for Sunday (the calendar's arithmetic, not the clock). */
function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function lines(c: IntentContext, ask: ArticleAsk): string[] {
  const { data } = c.k;
  const lang = c.turn.lang;
  const m = messages(lang);
  const doc = data.document;
  const title = lang === 'en' ? doc.title_en : doc.title_zh;
  switch (ask) {
    case 'date':
      return [m.metaDate(`${articleDate(data, lang)}${m.weekday(weekdayOf(doc.date))}`, lang === 'en' ? doc.kind_en : doc.kind_zh)];
    case 'title':
      return [m.metaTitle(title, doc.title_zh)];
    case 'slogan':
      return doc.slogan ? [m.metaSlogan(doc.slogan)] : [];
    case 'sections':
      return [m.metaSections(data.sections.length), ...data.sections.map((s) => `• ${s[lang]}`)];
    case 'count':
      return [m.metaCount(data.facts.length, data.facts.filter((f) => f.value !== undefined).length)];
    case 'source':
      return [m.metaSource(title, articleDate(data, lang), lang === 'en' ? doc.kind_en : doc.kind_zh)];
    case 'newspaper':
    case 'author':
      return [];
  }
}

export const meta: Intent = {
  name: 'meta',
  handle(c) {
    const { turn } = c;
    const aboutArticle = hasCue(turn, 'meta');
    if (turn.query.entities.length > 0 || turn.definitions.length > 0 || turn.stated.length > 0) return null;
    if (turn.articleAsks.size === 0 && (!aboutArticle || turn.query.terms.length > 0)) return null;
    // "where did it list?" asks about what "it" was, not about the article's list of sections.
    if (!aboutArticle && (termsBeyondCues(turn) || hasPronoun(turn.analysis, c.k.data.cues))) return null;
    const asks: ArticleAsk[] = turn.articleAsks.size > 0 ? [...turn.articleAsks] : ['title', 'date'];
    const perAsk = asks.map((ask) => lines(c, ask));
    const told = perAsk.flat();
    const m = messages(turn.lang);
    // Asked something the article does not say of itself (its author, its newspaper): say so first.
    const unsaid = perAsk.some((l) => l.length === 0);
    if (unsaid && told.length > 0) return reply(c, composeText(c.compose, 'not_found', m.metaNotGiven, told));
    if (told.length === 0) return reply(c, composeText(c.compose, 'not_found', m.metaNotGiven, [m.metaDate(articleDate(c.k.data, turn.lang), turn.lang === 'en' ? c.k.data.document.kind_en : c.k.data.document.kind_zh)]));
    return reply(c, composeText(c.compose, 'answered', told[0]!, told.slice(1)));
  },
};
