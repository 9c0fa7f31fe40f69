/** Chats' /lang settings over the state's expiring keys (what Redis or memory holds). */
import { describe, expect, it } from 'vitest';
import { storedPrefs } from '../../../adapters/i18n/prefs.js';
import { memoryKeys } from '../../../adapters/state/index.js';

describe('storedPrefs', () => {
  it('keeps a chat\'s language apart from other chats, and changes it', async () => {
    const keys = memoryKeys();
    const prefs = storedPrefs(keys);
    expect(await prefs.get('tg:1')).toBeUndefined();
    await prefs.set('tg:1', 'en');
    await prefs.set('tg:2', 'zh');
    expect([await prefs.get('tg:1'), await prefs.get('tg:2')]).toEqual(['en', 'zh']);
    await prefs.set('tg:1', 'zh');
    expect(await prefs.get('tg:1')).toBe('zh');
    // Another process over the same keys (a replica) reads the same setting.
    expect(await storedPrefs(keys).get('tg:2')).toBe('zh');
  });

  it('ignores a stored value that is not a language', async () => {
    const keys = memoryKeys();
    await keys.put('lang:tg:3', 'klingon', 60_000);
    expect(await storedPrefs(keys).get('tg:3')).toBeUndefined();
  });
});
