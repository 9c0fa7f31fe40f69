/**
 * zod schemas for every file under data/. Curators edit YAML; these schemas
 * are the contract those files must meet before the bot will load them.
 */
import { createRequire } from 'node:module';
import type { z as Zod } from 'zod';

/** Words that qualify a figure as the source writes them (超9500家, 近50%, 累计…). */
export const QUALIFIERS = [
  '超', '超过', '近', '约', '余', '突破', '达', '达到', '累计', '余额', '存量', '全口径', '合计',
] as const;

/** How a question may be asked to be handled, beyond one figure: each is a list of cue words in cues.yaml. */
export const INTENT_CUES = [
  'compare', 'list', 'each', 'subsidiaries', 'overview', 'define', 'fullname',
  'sum', 'difference', 'ratio', 'rank', 'check', 'reverse', 'meta', 'chronology', 'earliest',
] as const;
export type IntentCue = (typeof INTENT_CUES)[number];

/** What a question about the article itself asks (see cues.yaml `article`). */
export const ARTICLE_ASKS = ['date', 'title', 'sections', 'count', 'source', 'newspaper', 'author', 'slogan'] as const;
export type ArticleAsk = (typeof ARTICLE_ASKS)[number];

export const ORG_KINDS = [
  'city', 'government', 'zone', 'region', 'group', 'company', 'bank', 'fund',
  'platform', 'product', 'event', 'programme', 'enterprise',
] as const;

/** Defines every schema with the given zod. */
function define(z: typeof Zod) {

  const Text = z.string().trim().min(1, 'must not be empty');
  /** A word in a list; YAML reads 965 as a number, so numbers are taken as their text. */
  const Word = z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(Text);
  const Id = z.string().regex(/^[a-z0-9_]+$/, 'an id is lower-case letters, digits and _');
  const FactId = z
    .string()
    .regex(/^[a-z0-9_]+\.[a-z0-9_]+$/, 'a fact id looks like "org.metric_name"');

  /** A decimal written in the source: kept as text so 95.48 stays 95.48. */
  const Decimal = z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .pipe(z.string().regex(/^\d+(\.\d+)?$/, 'a value is a plain number such as "95.48"'));


  const OrgSchema = z
    .object({
      id: Id,
      kind: z.enum(ORG_KINDS),
      zh: Text,
      full_zh: Text.optional(),
      en: Text,
      aliases_zh: z.array(Word).default([]),
      aliases_en: z.array(Word).default([]),
      parent: Id.optional(),
      ambient: z.boolean().default(false),
    })
    .strict();

  const OrganisationsFileSchema = z.array(OrgSchema).min(1);

  const MetricSchema = z
    .object({ id: Id, zh: Text, en: Text, terms: z.array(Word).min(1) })
    .strict();

  const MetricsFileSchema = z.array(MetricSchema).min(1);

  const FactSchema = z
    .object({
      id: FactId,
      org: Id,
      subject: Id.optional(),
      metric: Id,
      value: Decimal.optional(),
      unit: Text.optional(),
      written: Text.optional(),
      qualifier: z.array(z.enum(QUALIFIERS)).default([]),
      as_of: Text.nullable().default(null),
      text: Text.optional(),
      text_en: Text.optional(),
      items: z.array(Word).default([]),
      quote: Text,
      also: z.array(Text).default([]),
      terms: z.array(Word).default([]),
      related: z.array(FactId).default([]),
      scope: z.object({ zh: Text, en: Text }).strict().optional(),
      section: Id.optional(),
      /** Shown when nobody has asked anything yet (an empty inline query). */
      headline: z.boolean().default(false),
    })
    .strict()
    .superRefine((f, ctx) => {
      if (f.value !== undefined && f.unit === undefined) {
        ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a figure with a value needs its unit' });
      }
      if (f.value === undefined && f.text === undefined) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'a fact needs a value or a text' });
      }
      if (f.text !== undefined && f.text_en === undefined) {
        ctx.addIssue({ code: 'custom', path: ['text_en'], message: 'a text fact needs its English text_en' });
      }
    });

  const FactsFileSchema = z
    .object({ section: Id, facts: z.array(FactSchema).min(1) })
    .strict();

  const SectionSchema = z.object({ id: Id, zh: Text, en: Text }).strict();

  const SourceFileSchema = z
    .object({
      version: Text,
      document: z
        .object({
          file: Text,
          title_zh: Text,
          title_en: Text,
          kind_zh: Text,
          kind_en: Text,
          date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD'),
          place: Text,
          /** The banner slogan across the top of the section, as printed. */
          slogan: Text.optional(),
        })
        .strict(),
      sections: z.array(SectionSchema).min(1),
    })
    .strict();

  const Forms = z.object({ zh: z.array(Word).default([]), en: z.array(Word).default([]) }).strict();

  const TermsFileSchema = z.record(Text, Forms);

  const Cue = Forms;
  const CuesFileSchema = z
    .object({
      asks: z.record(z.enum(['count', 'money', 'percent', 'date', 'duration', 'text', 'number']), Cue),
      unit_classes: z.record(
        z.enum(['org_count', 'count', 'money', 'percent', 'years']),
        z.array(Text),
      ),
      intents: z.record(z.enum(INTENT_CUES), Cue),
      article: z.record(z.enum(ARTICLE_ASKS), Cue),
      smalltalk: z.record(z.enum(['help', 'greeting', 'thanks', 'bye', 'who']), Cue),
      periods: z.record(z.enum(['end', 'year']), Cue),
      filler: z.object({ chars: Text, words: z.array(Text), en: z.array(Text) }).strict(),
      /** Topic terms that name the article's own theme: in an overview request they narrow nothing. */
      theme: z.array(Text),
      /** Words that point back at what the last answer was about. */
      pronouns: z.object({ zh: z.array(Text), en: z.array(Text) }).strict(),
      /** Words that, after a stated figure and what it counts, ask about a part of it. */
      within: z.array(Text).default([]),
      /** Words that ask what a named thing is made of. */
      made_of: z.object({ zh: z.array(Text), en: z.array(Text) }).strict(),
      /** Topic terms that only modify what is asked: never held against a figure that lacks them. */
      modifier_terms: z.array(Text).default([]),
      /** Topic terms that figures of other terms also answer when compared by them (规模 by a 余额). */
      compared_as: z.record(z.string(), z.array(Text)).default({}),
      /** Words for kinds of organisation that the city's name, right before them, only qualifies ("Wuhan company"). */
      city_qualifies: z.array(Text),
      kind_words: z.record(z.string(), z.array(Text)),
      section_words: z.object({ zh: z.array(Text), en: z.array(Text), city: z.array(Text) }).strict(),
      /** Words that count the things a sum adds ("两笔", "三只", "both"): several figures, not one total. */
      several: z.array(Text),
      /** How many things a word of `several` counts when it says so ("those three" adds three figures). */
      number_words: z.record(Text, z.number().int().min(2)),
      /** Topic terms that, in a clause ordering the others ("按金额从大到小"), name the key, not a thing. */
      order_keys: z.array(Text),
      name_endings: z.array(Text),
      /** Words that, right before a count ("哪5家", "which five banks"), ask for the members counted. */
      members_before: z.object({ zh: z.array(Text), en: z.array(Text) }).strict(),
      owner_asks: z.object({ zh: z.array(Text), en: z.array(Text) }).strict(),
      other_one: z.array(Text),
      /** Words an intent cue may end with and an ask cue begin with ("一共多少" + "多少亿"): joined, they mean both. */
      cue_joins: z.array(Text).default([]),
      /** Words after a named item that make it stand for its whole list ("君联资本这些机构"). */
      for_all_after: z.array(Text).default([]),
      /** Words that ask which one ("哪家…最大"): one figure found answers no such question. */
      which_words: z.array(Text).default([]),
      /** English words that open a question asking for something, not a yes or no ("What … did Wuhan receive in 2019?"). */
      wh_words: z.array(Text).default([]),
      /** Words that ask for the latest of a figure the article gives for several years ("现在授信到多少了"). */
      now: z.array(Text).default([]),
      examples: z.object({ zh: z.array(Text).min(1), en: z.array(Text).min(1) }).strict(),
    })
    .strict();
  const PremisesFileSchema = z
    .object({
      absent_attributes: z.array(z.object({
        id: Id, zh: z.array(Word).default([]), en: z.array(Word).default([]),
        /** The words a reply names the attribute by, when the forms asked are not nouns ("预计" → 预测数字). */
        shown: z.object({ zh: Text, en: Text }).strict().optional(),
      }).strict()),
      org_suffixes: z.object({ zh: z.array(Text), en: z.array(Text) }).strict(),
      /** Capitalised words after an English place name that still name the place ("Hubei Province"). */
      place_words: z.array(Text),
      article_places: z.object({ zh: z.array(Text), en: z.array(Text) }).strict(),
      negations: z.object({ zh: z.array(Text), en: z.array(Text) }).strict(),
    })
    .strict();

  const DefinitionSchema = z
    .object({
      id: Id,
      names_zh: z.array(Word).min(1),
      names_en: z.array(Word).default([]),
      org: Id.optional(),
      zh: Text,
      en: Text,
      items: z.array(Word).default([]),
      quote: Text,
    })
    .strict();
  const DefinitionsFileSchema = z.array(DefinitionSchema);

  const Weight = z.number().finite().min(0);
  const PolicyFileSchema = z
    .object({
      notFoundBelow: Weight, followupNotFoundBelow: Weight, clauseNotFoundBelow: Weight, tooClose: Weight.max(1), relatedShown: Weight.max(1), keptTopic: Weight.max(1),
      carriedTermCredit: Weight.max(1), residueWeight: Weight, bankWeight: Weight, bankFloor: Weight.max(1), bankMinTokens: Weight,
    })
    .strict();

  const BankFileSchema = z.array(z.object({ fact: FactId, q: z.array(Text).min(1) }).strict());

  return { PolicyFileSchema, PremisesFileSchema, DefinitionSchema, DefinitionsFileSchema, BankFileSchema, OrgSchema, OrganisationsFileSchema, MetricSchema, MetricsFileSchema, FactSchema, FactsFileSchema, SectionSchema, SourceFileSchema, TermsFileSchema, CuesFileSchema };
}

/** Every schema, by name. */
export type Schemas = ReturnType<typeof define>;

let defined: Schemas | null = null;

/**
 * The schemas. zod loads on first use: a start from the validated cache
 * (see cache.ts) never needs it, and zod takes longer to load than the data.
 */
export function schemas(): Schemas {
  defined ??= define((createRequire(import.meta.url)('zod') as { z: typeof Zod }).z);
  return defined;
}

export type Org = Zod.infer<Schemas['OrgSchema']>;
export type Metric = Zod.infer<Schemas['MetricSchema']>;
export type FactInput = Zod.infer<Schemas['FactSchema']>;
export type SourceFile = Zod.infer<Schemas['SourceFileSchema']>;
export type Section = Zod.infer<Schemas['SectionSchema']>;
export type TermsFile = Zod.infer<Schemas['TermsFileSchema']>;
export type CuesFile = Zod.infer<Schemas['CuesFileSchema']>;
export type AskKind = keyof CuesFile['asks'];
export type PremisesFile = Zod.infer<Schemas['PremisesFileSchema']>;
export type Definition = Zod.infer<Schemas['DefinitionSchema']>;
export type BankFile = Zod.infer<Schemas['BankFileSchema']>;
export type UnitClass = keyof CuesFile['unit_classes'];
