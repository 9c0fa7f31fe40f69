/**
 * Generators of hostile input, each labelled with its category so the suite
 * can prove every category was exercised. Pieces are short and dense in the
 * characters that break parsers, escapers and terminals; `hostileInput`
 * mixes them with random Unicode and with plausible questions, and `giant`
 * builds the 100,000-character strings (slow to answer: use a few runs only).
 */
import fc from 'fast-check';

/** One generated input and the category it was drawn from. */
export interface Hostile {
  kind: Kind;
  text: string;
}

/** The categories of hostile input the issue asks for. */
export const KINDS = [
  'control', 'bidi', 'zero-width', 'surrogate', 'emoji', 'unicode', 'cjk-mix', 'html', 'telegram-entity',
  'slack-mrkdwn', 'sql', 'number', 'phrase-spliced', 'whitespace', 'pick', 'mix', 'long', 'giant',
] as const;
export type Kind = (typeof KINDS)[number];

/** A character from a code unit range, inclusive. */
function charIn(min: number, max: number): fc.Arbitrary<string> {
  return fc.integer({ min, max }).map((code) => String.fromCharCode(code));
}

/** Strings of a given alphabet, with a little ordinary text mixed in so the core has something to read. */
function dense(unit: fc.Arbitrary<string>, maxLength = 40): fc.Arbitrary<string> {
  return fc.string({ unit: fc.oneof({ arbitrary: unit, weight: 3 }, fc.constantFrom('汉口银行', 'loans', ' ', '多少', '2024')), maxLength });
}

// C0 and C1 controls, DEL, and the line and paragraph separators terminals also act on.
const control = dense(fc.oneof(charIn(0x00, 0x1f), charIn(0x7f, 0x9f), fc.constantFrom('\u2028', '\u2029', '\u0085', '\r\n')));

// Marks that reorder or hide text: a reply must not let them leak through to spoof what a user reads.
const BIDI = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const bidi = dense(fc.constantFrom(...BIDI));
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\u2061', '\u2063', '\ufeff', '\u00ad', '\u180e', '\u034f', '\ufe0f'];
const zeroWidth = dense(fc.constantFrom(...ZERO_WIDTH));

// Half of a pair on its own, or a pair in the wrong order: ill-formed UTF-16 that JSON and Telegram reject.
const surrogate = dense(fc.oneof(charIn(0xd800, 0xdbff), charIn(0xdc00, 0xdfff), fc.constantFrom('\udc00\ud800', '\ud83d', '\ude00x')));

const EMOJI = [
  '😀', '👍🏽', '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇨🇳', '🇺🇸', '1️⃣', '#️⃣', '❤️', '🧑🏿‍🚀', '🫠', '💯', '🈶', '㊙️', '👨‍💻', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
];
const emoji = dense(fc.constantFrom(...EMOJI));

// Any code point (astral planes, private use, unassigned), and printable graphemes with combining marks.
const unicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'grapheme-composite', maxLength: 60 }));

const CJK = ['汉', '口', '银', '行', '武', '汉', '农', '商', '贷', '款', '亿', '元', '家', '萬', '億', '銀', '𠀀', '〇', '々', '，', '。', '？', '「', '」', '\u3000', 'ｱ', '한'];
const cjkMix = dense(fc.oneof(fc.constantFrom(...CJK), fc.constantFrom(...BIDI, ...ZERO_WIDTH, ...EMOJI), charIn(0xd800, 0xdfff), charIn(0, 0x1f)), 60);

const HTML = [
  '<script>alert(1)</script>', '<b>', '</b>', '<i>x</i>', '<a href="javascript:alert(1)">x</a>', '<img src=x onerror=alert(1)>',
  '<blockquote>', '</blockquote>', '<pre><code class="language-js">', '<!-- -->', '<![CDATA[x]]>', '<', '>', '</', '<<>>',
  '<div style="x">', '<svg/onload=alert(1)>', '"><script>', "'\"><", '<br/>', '<b><i>unclosed', '<tg-spoiler>', '<span class="tg-spoiler">',
];
const html = dense(fc.constantFrom(...HTML), 12);

// Entities Telegram decodes, malformed ones it refuses, and ones that would decode to markup if double-unescaped.
const ENTITIES = [
  '&amp;', '&lt;', '&gt;', '&quot;', '&#60;', '&#x3C;', '&#x3c;b&#x3e;', '&#0;', '&#1114112;', '&#xD800;', '&nbsp;', '&', '&;', '&#;', '&amp', '&lt',
  '&amp;lt;', '<a href="tg://user?id=1">x</a>', '<tg-emoji emoji-id="1">👍</tg-emoji>', '<blockquote expandable>', '<u>', '<s>', '<code>',
];
const telegramEntity = dense(fc.constantFrom(...ENTITIES), 12);

const MRKDWN = [
  '<!channel>', '<!here>', '<!everyone>', '<@U123>', '<@W123|boss>', '<#C123|general>', '<!subteam^S123|@team>', '<!date^1392734382^{date}|x>',
  '<http://x|y>', '<https://evil.example|https://bank.example>', '<mailto:a@b.c|mail>', '@channel', '@here', '@everyone', '@Channel',
  '*bold*', '_it_', '~strike~', '`code`', '```block```', '>quote', '&gt;quote', '&lt;!channel&gt;', ':smile:', '\\*', '|', '<|>',
];
const slackMrkdwn = dense(fc.constantFrom(...MRKDWN), 12);

const SQL = [
  "' OR '1'='1", "'; DROP TABLE facts; --", '" OR ""="', '1; SELECT * FROM users', "' UNION SELECT NULL, NULL --", "admin'--",
  "%' AND 1=1 --", "'; EXEC xp_cmdshell('dir'); --", "1' WAITFOR DELAY '0:0:5'--", "Robert'); DROP TABLE Students;--", '\\', "\\'", '%00', '%',
  '$where: "1 == 1"', '{"$gt": ""}', '${7*7}', '{{7*7}}', '../../etc/passwd', '`rm -rf /`', '$(reboot)',
];
const sql = dense(fc.constantFrom(...SQL), 8);

const NUMBERS = [
  '1e309', '-1e309', '1e-400', '-0', '0', 'NaN', 'Infinity', '-Infinity', '9007199254740993', '18446744073709551616', '0x1F', '0b101', '0o17',
  '1_000', '1,234,567.89', '1.2.3', '.5', '5.', '٣', '١٢٣', '۱۲۳', '１２３４', '２０２４年', '①', 'Ⅻ', '〇', '二〇二四年', '一千亿亿亿', '九千九百九十九万亿',
  '9'.repeat(400), '2024'.repeat(50), '4218亿元', '超9500家', '99999999999999999999年', '-2024年', '2024.5年', '1e3家', '50%', '200%', '-5%', '∞',
];
const number = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.double().map((x) => (Object.is(x, -0) ? '-0' : String(x))),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.tuple(fc.constantFrom(...NUMBERS), fc.constantFrom('年', '亿元', '家', '%', ' years', ' firms')).map(([n, u]) => n + u),
);

/** Questions of the kind users ask, in both languages, for hostile bits to be spliced into. */
export const PHRASES = [
  '汉口银行服务了多少家科技企业？', '武汉农商行的科技贷款余额是多少', '汉口银行和武汉农商行哪个服务的企业多？', '武汉拿过哪些“国字号”试点？',
  '汉融通平台入驻机构有多少家？', '那武汉农商行呢？', '它2023年呢', '两者相比', '投控集团旗下有哪些机构', '截至2024年末武汉科技型企业贷款余额是多少？',
  '武汉创新发展基金规模多大', '漢口銀行服務了多少家科技企業', '光谷有多少家企业', '汉口银行', '融担公司担保了多少',
  'How many tech firms has Hankou Bank served?', 'What about Wuhan Rural Commercial Bank?', 'Which national pilots has Wuhan won?',
  'How big is the Wuhan Innovation and Development Fund?', 'Compare Hankou Bank and WRCB', 'help', 'thanks', 'hello', 'Hanrongtong', 'and in 2023?',
];

const whitespace = fc.constantFrom('', ' ', '\n', '\n\n\n', '\t', '\r', '\u3000', ' \u00a0 ', '\u2028', '\u200b', '\ufeff', '  \n  \t ', '\u0000');

// Bare digits pick a pending clarify reading; out-of-range ones must not.
const pick = fc.constantFrom('1', '2', '3', '4', '9', '0', '10', '-1', '１', '٢', ' 2 ', '2\n', '1e0');

/** The short hostile pieces, by category. */
const PIECES: [Kind, fc.Arbitrary<string>][] = [
  ['control', control], ['bidi', bidi], ['zero-width', zeroWidth], ['surrogate', surrogate], ['emoji', emoji], ['unicode', unicode],
  ['cjk-mix', cjkMix], ['html', html], ['telegram-entity', telegramEntity], ['slack-mrkdwn', slackMrkdwn], ['sql', sql], ['number', number],
];
const anyPiece = fc.oneof(...PIECES.map(([, arb]) => arb));

/** Inserts `piece` into `text` at a UTF-16 offset, which may split a surrogate pair: that is part of the test. */
function splice(text: string, piece: string, at: number): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + piece + text.slice(i);
}

/** A real-looking question with one to three hostile pieces spliced in. */
const phraseSpliced = fc
  .tuple(fc.constantFrom(...PHRASES), fc.array(fc.tuple(anyPiece, fc.nat()), { minLength: 1, maxLength: 3 }))
  .map(([phrase, cuts]) => cuts.reduce((text, [piece, at]) => splice(text, piece, at), phrase));

/** Several pieces of any category run together. */
const mix = fc.array(fc.oneof(anyPiece, fc.constantFrom(...PHRASES)), { minLength: 2, maxLength: 6 }).map((parts) => parts.join(''));

/** A piece repeated to `length` UTF-16 units (cut mid-pair if it falls that way). */
function repeatTo(piece: string, length: number): string {
  const unit = piece.length > 0 ? piece : '\u0000';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Several thousand characters: longer than a Telegram message or a Slack section, short of giant. */
const long = fc.tuple(fc.oneof(anyPiece, fc.constantFrom(...PHRASES)), fc.integer({ min: 3000, max: 9000 })).map(([piece, n]) => repeatTo(piece, n));

function labelled(kind: Kind, arb: fc.Arbitrary<string>): fc.Arbitrary<Hostile> {
  return arb.map((text) => ({ kind, text }));
}

/** Any hostile input of ordinary size (at most a few thousand characters), from every category but `giant`. */
export const hostileInput: fc.Arbitrary<Hostile> = fc.oneof(
  ...PIECES.map(([kind, arb]) => ({ arbitrary: labelled(kind, arb), weight: 2 })),
  { arbitrary: labelled('phrase-spliced', phraseSpliced), weight: 6 },
  { arbitrary: labelled('mix', mix), weight: 3 },
  { arbitrary: labelled('whitespace', whitespace), weight: 1 },
  { arbitrary: labelled('pick', pick), weight: 1 },
  { arbitrary: labelled('long', long), weight: 1 },
);

/** Pieces worth a giant run each, whatever the seed draws: each once found or could find a slow path. */
export const GIANT_PIECES = ['汉', 'a', '<', '&', '\ud800', '9', '汉口银行服务了多少家科技企业？', '👩‍👩‍👧‍👦', '<!channel>', '\u202e', '\u0000', ' ', ' \n'];

/** Exactly 100,000 UTF-16 units of one piece repeated. */
export function giantOf(piece: string): Hostile {
  return { kind: 'giant', text: repeatTo(piece, 100_000) };
}

/** A giant string of a random hostile piece. */
export const giant: fc.Arbitrary<Hostile> = anyPiece.map(giantOf);
