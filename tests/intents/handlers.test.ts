/**
 * Every intent handler, table-driven on a tiny dataset built in the test:
 * which questions each claims, and what its reply says.
 */
import { describe, expect, it } from 'vitest';
import { createCore, type Answer } from '../../src/index.js';
import { tinyDataset } from './tiny-dataset.js';

const core = createCore(tinyDataset());

type Row = [question: string, status: Answer['status'], kind: Answer['kind'] | null, mustContain: string[]];

const tables: Record<string, Row[]> = {
  premise: [
    ['上海的银行服务了多少家科技企业？', 'not_found', 'not_found', ['上海']],
    ['How many tech firms has Bank A served in Shanghai?', 'not_found', 'not_found', ['shanghai']],
    ['台北的银行服务了多少家科技企业？', 'not_found', 'not_found', ['台北']],
    ['甲银行的贷款利率是多少？', 'not_found', 'not_found', ['利率', '甲银行']],
    ['招商银行服务了多少家科技企业？', 'not_found', 'not_found', ['招商银行']],
    ['How many tech firms has China Merchants Bank served?', 'not_found', 'not_found', ['China Merchants Bank']],
    ['How many tech firms has Alpha Bank served?', 'answered', 'lookup', ['1000']],
    ['甲银行的理赔金额是多少？', 'not_found', 'not_found', ['理赔或保费数字']],
    ['How much have banks lent across all sectors, not just tech firms?', 'not_found', 'not_found', ['all sectors']],
    ['“三好”带来了多少贷款？', 'not_found', 'not_found', ['三好']],
    ['乙银行明年预计服务多少家科技企业？', 'not_found', 'not_found', ['预测或计划数字']],
    ['How many firms does Bank B plan to serve next year?', 'not_found', 'not_found', ['forecast or planned figure']],
    ['甲银行服务的科技企业里，不是乙银行客户的有多少家？', 'not_found', 'not_found', ['不是', '超1000家']],
    ['How many tech firms has Bank B not yet served?', 'not_found', 'not_found', ['not yet']],
    ['乙银行服务了800家科技企业，是不是？', 'answered', 'check', ['800家']],
    // A possessive is the place itself; a typo of an attribute is still that attribute.
    ["What is Shanghai's loan growth?", 'not_found', 'not_found', ['Shanghai']],
    ['甲银行的贷款利律是多少？', 'not_found', 'not_found', ['利率']],
    // A place starting a name with a word the bot cannot place is an organisation it does not know.
    ['How many tech firms has Shanghai Pudong Bank served?', 'not_found', 'not_found', ['Shanghai Pudong Bank']],
  ],
  meta: [
    ['这篇文章是哪天发表的？', 'answered', 'meta', ['2025年2月27日', '星期四']],
    ['When was this article published?', 'answered', 'meta', ['27 February 2025', 'Thursday']],
    ['这个专版的标题是什么', 'answered', 'meta', ['测试专版']],
    ['文章一共有多少个数字？', 'answered', 'meta', ['9']],
    ['这个版面的栏目标题是什么？', 'answered', 'meta', ['测试口号']],
    ['What is the column title?', 'answered', 'meta', ['测试口号']],
    // "this spread", "this doc" name the article (their "this" points at it, not at a figure).
    ["What's the headline of this spread?", 'answered', 'meta', ['A test page']],
    ["what's this doc about in one line?", 'answered', 'meta', ['A test page']],
    ['这篇报道登在哪家报纸上？', 'not_found', 'meta', []],
  ],
  breakdown: [
    ['乙银行服务的800家科技企业里有多少家是专精特新？', 'not_found', 'not_found', ['只给出了这个总数', '800家']],
    ['How many of the 800 tech firms Bank B served are startups?', 'not_found', 'not_found', ['only this total', '800家']],
    ['乙银行服务了800家科技企业吗？', 'answered', 'check', ['800家']],
    ['乙银行服务了800家科技企业，对吧', 'answered', 'check', ['800家']],
    ['乙银行服务800家科技企业，甲银行服务多少家？', 'answered', 'multi', ['超1000家']],
    ['Which of the 800 tech firms Bank B served got the most credit?', 'not_found', 'not_found', ['only this total']],
  ],
  superlative: [
    ['哪家银行服务的科技企业最多？', 'answered', 'compare', ['甲银行更多', '超1000家', '800家']],
    ['Which bank has served the most tech firms?', 'answered', 'compare', ['Bank A is higher', '800家']],
    ['哪只基金规模最大？', 'answered', 'lookup', ['20亿元']],
  ],
  owner: [
    ['丁贷是哪家银行的产品？', 'answered', 'lookup', ['属于甲银行', '300户']],
    ['Which bank offers Loan D?', 'answered', 'lookup', ["Bank A's"]],
    ['丁贷服务了多少户客户？', 'answered', 'lookup', ['300户']],
    ['甲银行是哪家银行？', 'not_found', 'not_found', []],
    ['丁贷是哪家机构推出的？', 'answered', 'lookup', ['属于甲银行']],
  ],
  members: [
    ['乙银行服务的科技企业具体是哪800家？', 'not_found', 'not_found', ['只给出了数量', '800家']],
    ['Which 800 tech firms has Bank B served?', 'not_found', 'not_found', ['only the number', '800家']],
    ['乙银行服务的科技企业有哪几家？', 'not_found', 'not_found', ['只给出了数量', '800家']],
    ['Which tech firms has Bank B served?', 'not_found', 'not_found', ['only the number', '800家']],
    ['乙银行服务了几家科技企业？', 'answered', 'lookup', ['800家']],
    // 具体是哪几家 reads as a definition cue; it still asks which ones, of a count the question may state.
    ['乙银行服务的科技企业具体是哪几家？', 'not_found', 'not_found', ['只给出了数量', '800家']],
    ['乙银行服务的800家科技企业，具体是哪几家？', 'not_found', 'not_found', ['只给出了数量', '800家']],
  ],
  define: [
    ['“三好”是什么？', 'answered', 'define', ['好产品', '好生态']],
    ['What does "three goods" mean?', 'answered', 'define', ['good products']],
    ['甲银行的全称是什么？', 'answered', 'define', ['甲市商业银行股份有限公司']],
    // Asked what a thing is made of when the article lists nothing: its explanation, as not found.
    ['“五新”产业具体是哪些产业？', 'not_found', 'not_found', ['没有具体列出', '丙基金']],
    ['Which industries are the five new industries made up of?', 'not_found', 'not_found', ['does not list']],
    ['“五新”是什么？', 'answered', 'define', ['丙基金']],
    // The kind of the thing named asks nothing more about it.
    ['“三好”是个什么？', 'answered', 'define', ['好产品']],
    ['“三好”包括哪些？', 'answered', 'define', ['好产品']],
    // Asked as a list ("what are the…"), a named thing that lists its parts gives its definition.
    ['What are the three goods?', 'answered', 'define', ['good products']],
  ],
  check: [
    ['甲银行服务了1000家科技企业吗？', 'answered', 'check', ['基本对', '超1000家']],
    ['乙银行服务了900家科技企业吗？', 'answered', 'check', ['不对', '800家']],
    ['丙基金规模是二十亿元吗？', 'answered', 'check', ['对', '20亿元']],
    ['丙基金规模是15亿还是20亿？', 'answered', 'check', ['是20亿', '20亿元']],
    // Two stated figures, each checked against its own figure.
    ['乙银行服务了900家科技企业，贷款增速25%，没错吧', 'answered', 'check', ['900家：不对', '800家', '25%：对']],
    // A claim about firms is no claim about 个 of projects; 1万家 is ten thousand firms.
    ['丙基金投资的项目有12家上市了，对吧', 'not_found', 'not_found', ['12个']],
    ['乙银行服务科技企业超过1万家，对吗？', 'answered', 'check', ['不对', '800家']],
    // A stated figure beside a comparison word is one side of the comparison, not a claim.
    ['Bank B served 800 tech firms. How does that compare with Bank A?', 'answered', 'compare', ['1000', '800']],
  ],
  reverse: [
    ['800家是什么数字？', 'answered', 'lookup', ['乙银行', '800家']],
    ['What does 30.5 refer to?', 'answered', 'lookup', ['Bank B']],
    ['99家指的是什么？', 'not_found', 'not_found', ['99家']],
    // The figure's unit names its kind: 12% is the growth, not the 12 projects; 0.08万家 counts what 800家 counts.
    ['12%是什么数字？', 'answered', 'lookup', ['同比增长', '12%']],
    ['12个是什么数字？', 'answered', 'lookup', ['投资项目', '12个']],
    ['0.08万家是什么数字？', 'answered', 'lookup', ['800家']],
    ['哪家银行服务了800家科技企业？', 'answered', 'lookup', ['乙银行', '800家']],
    ['Which bank has served more than 1,000 tech firms?', 'answered', 'lookup', ['Bank A']],
  ],
  overview: [
    ['介绍一下丙基金', 'answered', 'browse', ['20亿元', '12个']],
    ['tell me about Fund C', 'answered', 'browse', ['20亿元']],
    ['帮我概括一下丙基金', 'answered', 'browse', ['20亿元']],
    ['sum up Fund C for me', 'answered', 'browse', ['20亿元']],
  ],
  arith: [
    ['甲银行和乙银行累计投放贷款加起来多少？', 'answered', 'sum', ['80.5亿元']],
    ['甲银行和乙银行累计投放贷款相差多少？', 'answered', 'difference', ['19.5亿元']],
    ['甲银行和乙银行服务的科技企业合计多少家？', 'answered', 'sum', ['1800家']],
    // Things counted as several and a word for the total ask for their sum, without a sum word.
    ['甲银行和乙银行投放的那两笔贷款，一共是多少钱？', 'answered', 'sum', ['80.5亿元']],
    // Arithmetic asked with nothing to work on: said so, never a figure looked up by the cue's words.
    ['加起来一共多少？', 'not_found', 'not_found', ['没有可以计算的数字']],
    ['What do they add up to?', 'not_found', 'not_found', ['no figures to work on']],
    // Organisations named with no word for what to add: the one measure they all have ("一共多少亿" asks money).
    ['甲银行加上乙银行，一共多少亿？', 'answered', 'sum', ['80.5亿元', '50亿元 + 30.5亿元']],
    // A difference asked in a comparison ("by how much", 多几家) names the larger, then the difference.
    ['Bank A and Bank B loans issued: which is larger, and by how much?', 'answered', 'difference', ['Bank A is higher', '19.5亿元']],
    ['甲银行服务的科技企业比乙银行多几家？', 'answered', 'difference', ['200家']],
    // One figure as a multiple of another: the ratio, said to be approximate when rounded.
    ['甲银行累计投放贷款是乙银行的几倍？', 'answered', 'difference', ['甲银行（50亿元）是乙银行（30.5亿元）的约1.64倍']],
    ['How many times as many tech firms as Bank B has Bank A served?', 'answered', 'difference', ['1.25 times', 'more than']],
    // A change from a year the article has no figure for: not found, never the one year's figure.
    ['2024年甲银行服务的科技企业比2023年多了多少家？', 'not_found', 'not_found', ['2023年', '超1000家']],
  ],
  lookup: [
    ['乙银行服务了多少家科技企业？', 'answered', 'lookup', ['800家']],
    ['甲银行和乙银行哪个服务的科技企业多？', 'answered', 'compare', ['甲银行', '超1000家', '800家']],
    ['丙基金的净利润是多少？', 'not_found', 'not_found', []],
    ['甲银行和乙银行贷款增速哪个更快？', 'answered', 'compare', ['乙银行', '25%', '12%']],
    // A side with no figure of the topic compared by (规模) is not compared by another figure of its own.
    ['丙基金和甲银行，哪个规模更大？', 'not_found', 'not_found', ['甲银行', '无法比较', '20亿元']],
  ],
};

describe.each(Object.entries(tables))('the %s handler', (_, rows) => {
  it.each(rows)('%s', (question, status, kind, must) => {
    const { answer } = core.answer(question);
    expect(answer.status, answer.text).toBe(status);
    if (kind) expect(answer.kind, answer.text).toBe(kind);
    for (const s of must) expect(answer.text.toLowerCase(), answer.text).toContain(s.toLowerCase());
  });
});

describe('the order of the handlers', () => {
  it('answers a stated figure with a check, not a lookup, only when asked to confirm it', () => {
    expect(core.answer('乙银行服务了800家科技企业吗？').answer.kind).toBe('check');
    expect(core.answer('乙银行服务了多少家科技企业？').answer.kind).toBe('lookup');
  });

  it('reads a month as a date, not as a figure to look up', () => {
    const { answer } = core.answer('1月末贷款多少');
    expect(answer.text).not.toContain('1这个数字');
  });

  it('lets a premise veto a question every other handler would answer', () => {
    expect(core.answer('上海的丙基金规模是20亿元吗？').answer.status).toBe('not_found');
  });
});

describe('the script of the reply', () => {
  it('answers traditional Chinese in traditional Chinese, the figure and the quote as the source writes them', () => {
    const { answer } = core.answer('乙銀行服務了多少家科技企業？');
    expect(answer.script).toBe('traditional');
    expect(answer.headline).toContain('乙銀行');
    expect(answer.facts[0]!.quote).toBe('乙银行服务科技企业800家');
    expect(answer.text).toContain('“乙银行服务科技企业800家”');
  });

  it('leaves a simplified question simplified', () => {
    expect(core.answer('乙银行服务了多少家科技企业？').answer.script).toBe('simplified');
  });
});

describe('words that name the bot\'s own commands', () => {
  it.each([
    ['sources', 'answered', ['A test page']],
    ['数据来源', 'answered', ['测试专版']],
    ['list', 'answered', ['test section']],
    ['机构列表', 'answered', ['测试版块']],
    ['这篇报道登在哪家报纸上？', 'not_found', []],
  ] as const)('%s', (question, status, must) => {
    const { answer } = core.answer(question);
    expect(answer.status, answer.text).toBe(status);
    for (const s of must) expect(answer.text).toContain(s);
  });

  it('shows the card of a bare name typed mid-chat, and of "那X呢" after a card', () => {
    const first = core.answer('乙银行服务了多少家科技企业？');
    const card = core.answer('丙基金', first.state);
    expect(card.answer.kind).toBe('browse');
    const next = core.answer('那甲银行呢？', card.state);
    expect(next.answer.kind, next.answer.text).toBe('browse');
  });
});

describe('rankings', () => {
  it('ranks three or more figures from the largest, each named once, kind rank', () => {
    const ranked = core.answer('甲银行累计投放贷款、乙银行累计投放贷款、丙基金规模，从大到小排一下').answer;
    expect(ranked.kind, ranked.text).toBe('rank');
    expect(ranked.headline).toMatch(/50亿元.*30\.5亿元.*20亿元/);
  });

  it('ranks nothing when one part asks for another kind of figure (a growth rate among counts), never swapping it', () => {
    const { answer } = core.answer('丙基金投资项目、乙银行服务科技企业、甲银行贷款增长，按数量从多到少排');
    expect(answer.status, answer.text).toBe('not_found');
    expect(answer.text).toContain('12%');
    expect(answer.text).not.toContain('超1000家');
  });

  it('drops a clause that is only the ordering words, though "rank" also reads as a topic', () => {
    const ranked = core.answer('Rank these by count: Bank A tech firms served, Bank B tech firms served, Fund C projects').answer;
    expect(ranked.kind, ranked.text).toBe('rank');
    expect(ranked.facts).toHaveLength(3);
  });

  it('never compares a figure with itself', () => {
    const { answer } = core.answer('乙银行服务了多少家科技企业？按什么口径？哪个多？');
    expect(answer.text).not.toContain('两者相同');
  });
});
