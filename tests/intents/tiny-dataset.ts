/**
 * A tiny dataset built in the test, as the curators' files would hold it:
 * a six-line article, the city and four organisations (one a bank's product), nine facts and two definitions
 * (one that lists its items, one the article never spells out),
 * with the real language files (the language knowledge is data too).
 * Loaded through the real loader, so every zod schema and check applies.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadDataset, type Dataset } from '../../src/index.js';

const ARTICLE = [
  '2024年，甲银行服务科技企业超1000家，累计投放贷款50亿元，同比增长12%。',
  '乙银行服务科技企业800家，累计投放贷款30.5亿元，同比增长25%。',
  '丙基金规模20亿元，投资项目12个。',
  '甲银行推出的丁贷服务客户300户。',
  '“三好”是指好产品、好服务、好生态。',
  '丙基金围绕“五新”产业布局。',
].join('\n');

const FILES: Record<string, string> = {
  'source.yaml': `version: tiny-1
document: { file: sources/tiny.txt, title_zh: 测试专版, title_en: A test page, kind_zh: 报纸专版, kind_en: newspaper page, date: "2025-02-27", place: 武汉, slogan: 测试口号 }
sections: [{ id: s1, zh: 测试版块, en: test section }]
`,
  'organisations.yaml': `- { id: city, kind: city, zh: 武汉市, en: Wuhan, aliases_zh: [武汉], ambient: true }
- { id: bank_a, kind: bank, zh: 甲银行, full_zh: 甲市商业银行股份有限公司, en: Bank A, aliases_en: [Alpha Bank] }
- { id: bank_b, kind: bank, zh: 乙银行, en: Bank B }
- { id: fund_c, kind: fund, zh: 丙基金, en: Fund C }
- { id: loan_d, kind: product, zh: 丁贷, en: Loan D, parent: bank_a }
`,
  'metrics.yaml': `- { id: tech_firms_served, zh: 服务科技企业数, en: tech firms served, terms: [服务, 科技, 企业] }
- { id: loans_issued, zh: 累计投放贷款, en: loans issued, terms: [投放, 贷款, 累计] }
- { id: fund_size, zh: 基金规模, en: fund size, terms: [基金, 规模] }
- { id: loan_growth, zh: 贷款同比增长, en: loan growth, terms: [增长, 同比] }
- { id: projects_invested, zh: 投资项目数, en: projects invested in, terms: [投资, 项目] }
- { id: clients_served, zh: 服务客户数, en: clients served, terms: [客户] }
`,
  'facts/s1.yaml': `section: s1
facts:
  - { id: a.firms, org: bank_a, metric: tech_firms_served, value: "1000", unit: 家, written: 超1000家, qualifier: [超], as_of: 2024年, quote: 2024年，甲银行服务科技企业超1000家 }
  - { id: a.loans, org: bank_a, metric: loans_issued, value: "50", unit: 亿元, quote: 累计投放贷款50亿元 }
  - { id: b.firms, org: bank_b, metric: tech_firms_served, value: "800", unit: 家, quote: 乙银行服务科技企业800家 }
  - { id: b.loans, org: bank_b, metric: loans_issued, value: "30.5", unit: 亿元, quote: 累计投放贷款30.5亿元 }
  - { id: a.growth, org: bank_a, metric: loan_growth, value: "12", unit: "%", quote: 累计投放贷款50亿元，同比增长12% }
  - { id: b.growth, org: bank_b, metric: loan_growth, value: "25", unit: "%", quote: 累计投放贷款30.5亿元，同比增长25% }
  - { id: c.size, org: fund_c, metric: fund_size, value: "20", unit: 亿元, quote: 丙基金规模20亿元 }
  - { id: c.projects, org: fund_c, metric: projects_invested, value: "12", unit: 个, quote: 投资项目12个 }
  - { id: d.clients, org: bank_a, subject: loan_d, metric: clients_served, value: "300", unit: 户, quote: 甲银行推出的丁贷服务客户300户 }
`,
  'definitions.yaml': `- { id: three_goods, names_zh: [三好], names_en: [three goods], zh: “三好”是指好产品、好服务、好生态。, en: "The \\"three goods\\" are good products, good service and a good ecosystem.", items: [好产品, 好服务, 好生态], quote: “三好”是指好产品、好服务、好生态 }
- { id: five_new, names_zh: [五新, "“五新”产业"], names_en: [five new industries], zh: "“五新”是丙基金围绕布局的产业；文中没有列出是哪些产业。", en: "The five new industries are those Fund C invests around; the article does not list them.", quote: 丙基金围绕“五新”产业布局 }
`,
};

/** Writes the tiny dataset to a fresh directory and loads it. */
export function tinyDataset(): Dataset {
  const dir = mkdtempSync(join(tmpdir(), 'tiny-data-'));
  for (const sub of ['sources', 'facts', 'language']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'sources', 'tiny.txt'), ARTICLE);
  for (const [file, text] of Object.entries(FILES)) writeFileSync(join(dir, file), text);
  for (const file of ['terms.yaml', 'cues.yaml', 'premises.yaml']) copyFileSync(join(DEFAULT_DATA_DIR, 'language', file), join(dir, 'language', file));
  return loadDataset(dir);
}
