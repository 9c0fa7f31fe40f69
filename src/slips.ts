/**
 * Organisation names with one character slipped (汉口很行 for 汉口银行, 国通信拖):
 * a wrong pick from the input method's candidates, not a homophone. Only
 * names of four characters or more, only when the slipped character is one the
 * question could not place, and only when one name alone fits.
 */
import type { Lexicon } from './lexicon.js';

const HAN_ONLY = /^\p{Script=Han}+$/u;
const MIN_NAME = 4;
const MAX_NAME = 8;

export class NameSlips {
  private index: Map<string, string[]> | null = null;

  constructor(private readonly lexicon: Lexicon) {}

  /** Every entity name under each of its forms with one character (not the first) left open. */
  private keys(): Map<string, string[]> {
    if (this.index) return this.index;
    const index = new Map<string, string[]>();
    for (const [form, concepts] of this.lexicon.topics.forms) {
      if (form.length < MIN_NAME || form.length > MAX_NAME || !HAN_ONLY.test(form) || !concepts.some((c) => c.kind === 'entity')) continue;
      for (let i = 1; i < form.length; i++) {
        const key = `${form.slice(0, i)}?${form.slice(i + 1)}`;
        const forms = index.get(key) ?? [];
        if (!forms.includes(form)) index.set(key, [...forms, form]);
      }
    }
    this.index = index;
    return index;
  }

  /** The one name the window (starting at `start` in the text) is a slip of, its slipped character inside the run. */
  nameFor(window: string, start: number, run: { start: number; end: number }): string | null {
    if (window.length < MIN_NAME || window.length > MAX_NAME) return null;
    for (let i = 1; i < window.length; i++) {
      if (start + i < run.start || start + i >= run.end) continue;
      const forms = this.keys().get(`${window.slice(0, i)}?${window.slice(i + 1)}`);
      if (forms?.length === 1 && forms[0] !== window) return forms[0]!;
    }
    return null;
  }
}
