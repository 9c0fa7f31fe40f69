/**
 * The English UI strings of every platform (i18next resources). Figures,
 * quotes and answers never live here: they come from the core. Placeholders
 * are i18next's {{name}}; the platform escapes the result for its markup.
 */
export const en = {
  // Both platforms
  apology: 'Sorry, something went wrong. Please try again in a moment.',
  staleButton: 'This button has expired. Please ask again.',
  sourceLabel: 'Source',
  quoteLabel: 'Quote',
  also: 'For the same thing the article also gives:',
  more_one: '{{count}} more not shown.',
  more_other: '{{count}} more not shown.',
  voteUp: '👍',
  voteDown: '👎',
  voteThanks: 'Thanks, your vote is counted.',
  voteChanged: 'Vote changed. Thanks!',
  voteDuplicate: 'You have already voted on this answer.',
  voteFailed: 'Sorry, your vote could not be counted.',
  cite: 'Cite',
  citeHint: 'A citation to copy:',
  langUsage: 'Language: /lang zh (中文) or /lang en (English). Now: {{current}}.',
  langSet: 'From now on I speak English in this chat.',
  langName: 'English',
  listHeader: 'Pick an organisation to see its figures:',
  listGroup_main: 'Organisations',
  listGroup_other: 'Funds, products, events and companies',
  back: '« Back',
  next: 'Next ›',
  previous: '‹ Previous',
  morePage: 'More figures ({{shown}}/{{total}})',
  about: 'Source: “{{title}}”, {{kind}}, {{date}}\n{{facts}} facts, {{figures}} of them figures\nDataset version: {{version}}',
  sources: 'Where the figures come from: “{{title}}”, {{kind}}, {{date}}. Its sections:\n{{sections}}',
  // Telegram
  start: 'Hello! I answer questions about the figures in “{{title}}” ({{date}}), each answer with its source quote. Ask away, or tap an example:',
  help: 'I answer questions about the {{facts}} figures and facts of “{{title}}” ({{date}}).\n• In a private chat: just send a question, in Chinese or English.\n• In a group: mention @{{user}} with your question, reply to one of my messages, or use /ask.\n• In any chat: type @{{user}} and a few words, then pick a fact card to post.\n• /list browses by organisation, /sources shows the sections, /about the dataset, /lang sets my language.',
  askUsage: 'Usage: /ask followed by a question, e.g. /ask How many tech firms has Hankou Bank served?',
  slowDown: 'That is a lot of messages at once. Please wait a moment before asking again.',
  unknownCommand: 'I do not know that command. Try /help, or just ask a question.',
  unreadable: 'I can only read text. Send your question as a message, or as the caption of a photo.',
  groupHello: 'Hello! I answer questions about the figures in “{{title}}” ({{date}}). Mention @{{user}} with a question, reply to my messages, or use /ask. For example:',
  askInPrivate: 'Ask me in private',
  nothingFound: 'Nothing matches; ask me in private',
  description: 'I answer questions about the figures in one newspaper article — “{{title}}” ({{date}}) — in Chinese or English, each answer with the figure as the article writes it, the source quote and a citation.',
  shortDescription: 'The figures of “{{title}}” ({{date}}), with their source quotes.',
  cmd_start: 'What this bot does, with example questions',
  cmd_help: 'How to ask',
  cmd_ask: 'Ask a question',
  cmd_list: 'Browse figures by organisation',
  cmd_sources: 'The article and its sections',
  cmd_about: 'Source and dataset version',
  cmd_lang: 'Set the language: /lang en or /lang zh',
  // Slack
  share: 'Share in channel',
  asked: '› {{question}}',
  sharedBy: '{{user}} shared: “{{question}}”',
  sharedByBare: '{{user}} shared:',
  sorry: 'Sorry, that question failed; please try again or rephrase it.',
  expired: 'That answer has expired; please ask again.',
  slackUsage: '*{{command}} question*: only you see the answer; press *Share in channel* to post it for everyone. Mention me in a channel and I answer in a thread; in a DM, follow-ups work.\n`{{command}} list` organisations · `{{command}} about` the dataset · `{{command}} sources` the article · `{{command}} lang en|zh` my language',
  shortcutEmpty: 'That message has no text I can ask about.',
  chartAlt: 'Bar chart: {{title}}',
} as const;

/** The keys every language provides. */
export type TableKey = keyof typeof en;

/** A plural string is asked for by its base ("more" with a count picks more_one or more_other). */
type PluralBase<K> = K extends `${infer B}_one` ? B : never;

/** What a translator accepts: every key, and the base of every plural one. */
export type StringKey = TableKey | PluralBase<TableKey>;
