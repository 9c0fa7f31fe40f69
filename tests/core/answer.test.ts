import { describe, expect, it } from 'vitest';
import { createCore, DEFAULT_DATA_DIR, loadDataset, type Answer, type ChatState } from '../../src/index.js';
import { buildTurn } from '../../src/turn.js';
import { splitQuestion } from '../../src/split.js';

const core = createCore(loadDataset(DEFAULT_DATA_DIR));
const ask = (q: string, state: ChatState = {}) => core.answer(q, state);

type Row = [question: string, status: Answer['status'], mustContain: string[]];

function expectAnswer(answer: Answer, status: Answer['status'], mustContain: string[]): void {
  expect(answer.status, answer.text).toBe(status);
  for (const s of mustContain) expect(answer.text).toContain(s);
}

describe('one figure', () => {
  const rows: Row[] = [
    ['汉口银行服务了多少家科技企业？', 'answered', ['超9500家', '服务科技企业超9500家']],
    ['武汉都市圈高质量发展基金规模多大？', 'answered', ['100亿元']],
    ['融担公司累计服务了多少户科技类企业？', 'answered', ['3854户']],
    ['赛维尔2025年的授信额度是多少？', 'answered', ['5000万元']],
    ['江城基金全口径完成投资多少？', 'answered', ['21.81亿元']],
    ['汉融通有多少张政务数据源表？', 'answered', ['188张']],
    ['鄂质贷授信了多少？', 'answered', ['19.96亿元']],
  ];
  it.each(rows)('%s', (q, status, must) => expectAnswer(ask(q).answer, status, must));

  it('cites the exact source quote, the section and the as-of period', () => {
    const { answer } = ask('截至2024年末武汉市科技型企业贷款余额是多少？');
    expect(answer.facts[0]).toMatchObject({ figure: '3709.11亿元', asOf: '截至2024年末' });
    expect(answer.facts[0]!.quote).toBe('截至2024年末，武汉市科技型企业贷款余额达到3709.11亿元');
    expect(answer.text).toContain('出处：');
  });
});

describe('English questions get English sentences with the figure as written and a conversion', () => {
  const rows: Row[] = [
    ['How many tech firms has Hankou Bank served?', 'answered', ['超9500家', 'more than 9,500', 'Hankou Bank']],
    ['How much financing has the Hanrongtong platform facilitated by the end of 2024?', 'answered', ['4218亿元', 'RMB 421.8 billion']],
    ['What is the size of the Wuhan Innovation and Development Fund?', 'answered', ['100亿元', 'RMB 10 billion']],
    ['How many experts are in Jiangcheng Fund\'s expert pool?', 'answered', ['超过30位']],
    ['When was the Jiangcheng Fund set up?', 'answered', ['2024年8月', 'August 2024']],
  ];
  it.each(rows)('%s', (q, status, must) => {
    const { answer } = ask(q);
    expectAnswer(answer, status, must);
    expect(answer.lang).toBe('en');
  });
});

describe('the city as a qualifier', () => {
  it('answers "which Wuhan company…" with the company, not with the city\'s figures', () => {
    const { answer } = ask('哪家武汉本土企业在港股上市，成了自动驾驶芯片第一股？');
    expect(answer.status, answer.text).toBe('answered');
    expect(answer.text).toContain('黑芝麻智能');
  });
});

describe('English names written in part', () => {
  it('counts the words of an organisation\'s English name as naming it', () => {
    const { answer } = ask('How large is the CAS transformation mother fund?');
    expect(answer.status, answer.text).toBe('answered');
    expect(answer.text).toContain('29亿元');
  });
});

describe('whose a named thing is', () => {
  const rows: Row[] = [
    ['禾元生物是哪家银行扶持的？', 'answered', ['武汉农商行', '2.4亿元']],
    ['Which bank backed Servicebio?', 'answered', ['Hankou Bank']],
  ];
  it.each(rows)('%s', (q, status, must) => expectAnswer(ask(q).answer, status, must));

  it('names the owner of a thing the article describes only in a passage of its own', () => {
    expect(core.answer('Which bank offers the Talent Loan?').answer.text).toContain("Hankou Bank's");
    expect(core.answer('哪家银行推出了武汉人才卡？').answer.text).toContain('武汉人才卡属于汉口银行');
  });

  it('never names the city as the owner a "which bank" question asks for', () => {
    const { answer } = core.answer('Which bank does Optics Valley belong to?');
    expect(answer.text).not.toMatch(/is Wuhan's/);
  });

  it('leaves a question the lookup answers to the lookup (a partner is no owner)', () => {
    const { answer } = ask('鄂质贷是汉口银行和哪家机构合作推出的？');
    expect(answer.text).not.toContain('属于');
  });
});

describe('comparisons by a topic', () => {
  it('compares a balance by size (a 余额 is a 规模), and never a fund\'s size with investments made', () => {
    const balance = core.answer('武汉农商行的科技信用贷款余额与知识产权质押贷款相比，谁的规模更大').answer;
    expect(balance.kind, balance.text).toBe('compare');
    expect(balance.text).toContain('128.3');
    expect(core.answer('江城基金和武汉创新发展基金比，谁的规模大').answer.status).toBe('not_found');
  });
});

describe('a product the article names without a figure of its own', () => {
  it('is not answered with another product\'s figure, and its card shows the passage that names it', () => {
    const loan = core.answer('科担贷单独发放了多少贷款？').answer;
    expect(loan.status, loan.text).toBe('not_found');
    expect(loan.text).toContain('科担贷');
    const card = core.answer('tell me about the Gazelle Loan').answer;
    expect(card.status, card.text).toBe('answered');
    expect(card.text).toContain('one fact');
    expect(card.text).not.toContain('0 facts');
  });
});

describe('an event named in full', () => {
  it('is that event, not the wider kind of event its name contains', () => {
    expect(core.answer('大健康投融资对接活动签约的项目一共值多少钱？').answer.text).toContain('95.3亿元');
    expect(core.answer('What was the total value signed at the big-health investment matchmaking?').answer.text).toContain('95.3亿元');
  });
});

describe('clauses that leave something out', () => {
  it('reads a one-word clause after a clause about a fund as asking about that fund, not its owner', () => {
    const { answer } = core.answer('投控与三大国有银行合作的AIC基金，盘子多大？');
    expect(answer.text, answer.text).toContain('70亿元');
    expect(answer.text).not.toContain('百亿');
  });

  it('takes a year only from the clauses before it, never from a later clause', () => {
    const { answer } = core.answer('中科院成果转化母基金的规模是多少，截至2024年底投了几只子基金');
    for (const s of ['29亿元', '31只']) expect(answer.text, answer.text).toContain(s);
  });

  it('reads "their combined size" as the size of the things the clause before counts', () => {
    const { answer } = core.answer('How many sub-funds has the CAS mother fund invested in, and what is their total size?');
    for (const s of ['31只', '227.76亿元']) expect(answer.text, answer.text).toContain(s);
  });

  it('keeps a list item that names no organisation about none of its siblings\' organisations', () => {
    const { answer } = core.answer('汉口银行的表内贷款余额、融担公司的担保规模、科技型企业贷款余额，哪个最大');
    for (const s of ['3709.11亿元', '超110亿元', '95.48亿元']) expect(answer.text, answer.text).toContain(s);
  });
});

describe('a part of a figure the question states', () => {
  it('is not answered by a figure of another kind found beside it (firms are no part of money)', () => {
    const { answer } = core.answer('汉口银行那2800亿信贷资金里面，专精特新企业拿到多少？');
    expect(answer.status, answer.text).toBe('not_found');
    expect(answer.text).toContain('超2800亿元');
  });
});

describe('what a named thing is', () => {
  it('answers "是个什么平台" with the definition: the kind of the thing asks nothing more', () => {
    const { answer } = core.answer('汉融通是个什么平台呀');
    expect(answer.kind, answer.text).toBe('define');
    expect(answer.text).toContain('武汉综合金融服务平台');
  });
});

describe('a loan product named in English', () => {
  it('reads "tech credit loans" as 科技信用贷款, not as loans in general', () => {
    const { answer } = core.answer("What is Wuhan Rural Commercial Bank's tech credit loan balance?");
    expect(answer.status, answer.text).toBe('answered');
    expect(answer.facts[0]?.figure, answer.text).toBe('128.3亿元');
  });
});

describe('a count that names its members', () => {
  it('answers "which ones", saying the article lists them, not that they are all', () => {
    const { answer } = core.answer('武汉农商行帮助哪些企业上市了？');
    expect(answer.status, answer.text).toBe('answered');
    expect(answer.text).toContain('四方光电');
    expect(answer.text).toContain('20余家');
    expect(answer.text).not.toContain('共有');
  });
});

describe('a list that names the thing asked about as one of its items', () => {
  it('says the article names none of its members, and shows the list', () => {
    expectAnswer(ask('汉口银行合作的投资机构具体有哪些？').answer, 'not_found', ['“投资机构”', '政府、园区、投资机构']);
  });
  it('answers with the list when the question asks about the list itself', () => {
    expectAnswer(ask('汉口银行和哪些园区合作落地了科担园区贷').answer, 'answered', ['武大科技园', '光谷生物城']);
  });
});

describe('a generic question', () => {
  it('is not answered by a figure of something narrower that only the theme\'s words explain', () => {
    expect(core.answer('武汉总共有几家科技企业？').answer.status).toBe('not_found');
  });
});

describe('which one of a group the article gives only a total for', () => {
  it('is not answered with the total: the reply says it is the group\'s', () => {
    expectAnswer(ask('哪家国有大行的AIC基金协议规模最大？').answer, 'not_found', ['合计', '650亿元']);
    expectAnswer(ask('Which of the big state banks\' AIC funds has the largest agreed size?').answer, 'not_found', ['combined', '650亿元']);
  });
});

describe('a part of a whole the article gives only in total', () => {
  it('is not answered with the total when the question names some of the parts, not all', () => {
    expectAnswer(ask('投控和工商银行一起设的那支AIC基金规模多少').answer, 'not_found', ['合计', '70亿元', '工商银行']);
  });
  it('is the whole when the question names one part standing for them all', () => {
    expectAnswer(ask('投控和君联资本这些机构设立了多少只基金').answer, 'answered', ['58只']);
  });
});

describe('a year in a question that asks for something', () => {
  it('is a condition the article cannot meet, not a claim to answer "no" to', () => {
    const { answer } = ask('What tech-finance pilot designation did Wuhan receive in 2019?');
    expectAnswer(answer, 'not_found', ['2019']);
    expect(answer.text).not.toMatch(/^No/);
  });
  it('is still checked when the question asks yes or no', () => {
    expectAnswer(ask('Did Wuhan become a national pilot city for combining technology and finance in 2019?').answer, 'answered', ['2012']);
  });
});

describe('a question that asks a date', () => {
  it('is not answered by a fact that gives none (哪天, what day)', () => {
    expect(core.answer('黑芝麻智能是哪一天在港股上市的？').answer.status).toBe('not_found');
    expect(core.answer('On what day did Black Sesame list in Hong Kong?').answer.status).toBe('not_found');
  });
});

describe('English ways of asking: "how big", "full Chinese name"', () => {
  it('reads "which market did it list on" as asking where a firm listed', () => {
    const { answer } = ask('Which market did Black Sesame Technologies list on?');
    expect(answer.status, answer.text).toBe('answered');
    expect(answer.text).toContain('Hong Kong');
  });

  it('reads "full Chinese name" as asking for the full name', () => {
    const { answer } = ask("What's the full Chinese name of Wuhan Investment Holding Group?");
    expect(answer.kind, answer.text).toBe('define');
    expect(answer.text).toContain('武汉产业投资控股集团有限公司');
  });

  it('answers with a count when the thing is counted (a pool of experts)', () => {
    const { answer } = ask('How big is the Jiangcheng Fund pool of experts?');
    expect(answer.status, answer.text).toBe('answered');
    expect(answer.text).toContain('30');
  });
});

describe('Chinese names written without their kind word', () => {
  it('knows an organisation named without its ending (…对接 for …对接活动)', () => {
    const { answer } = ask('大健康产业投融资对接签约项目几个，金额多少？');
    expect(answer.kind, answer.text).toBe('multi');
    expect(answer.text).toContain('16个');
    expect(answer.text).toContain('95.3亿元');
  });
});

describe('traditional characters, typos, homophones and keywords', () => {
  const rows: Row[] = [
    ['漢口銀行服務了多少家科技企業？', 'answered', ['超9500家']],
    ['國通信託「服務武漢」存量總規模是多少？', 'answered', ['305.21亿元']],
    ['汗口银行 信贷投放', 'answered', ['超2800亿元', '汉口银行']],
    ['华元证券调研了几家企业', 'answered', ['80家']],
    ['汉荣通平台访问量', 'answered', ['超3亿次']],
    ['Hankow Bank tech firms', 'answered', ['超9500家']],
    ['hankuo bank zhuanjingtexin firms', 'answered', ['超2400家']],
    ['农商行 知识产权质押', 'answered', ['突破22亿元']],
    // 行 alone reads xing; the typo is written by the word's sound (yin hang).
    ['汉口银航服务了多少家科技企业', 'answered', ['超9500家', '汉口银行']],
    // Near-homophones, as fuzzy-pinyin input allows: dang for dan, jing for jin.
    ['融当公司服务了多少户科技企业', 'answered', ['3854户']],
    ['江城基经投了几个项目', 'answered', ['10个']],
    // One character of a name slipped (an input-method pick, no homophone).
    ['汉口很行服务了多少家科技企业', 'answered', ['超9500家', '汉口银行']],
  ];
  it.each(rows)('%s', (q, status, must) => expectAnswer(ask(q).answer, status, must));

  it('never mends a real English word into another (insurers is no typo of insured)', () => {
    const { answer } = ask('Did the tech insurers in Wuhan cover more than 300 firms in 2024?');
    expect(answer.notes.join(''), answer.text).not.toContain('insured');
  });

  it('says how it read a mended typo', () => {
    expect(ask('汗口银行 信贷投放').answer.notes.join('')).toContain('汉口银行');
  });
});

describe('years and Chinese numerals in a question', () => {
  const rows: Row[] = [
    ['二〇二四年科技保险承保金额是多少？', 'answered', ['398亿元']],
    ['2018年汉口银行给赛维尔的授信额度扩大到多少？', 'answered', ['1000万元']],
    ['2024年汉融通全年促成融资多少笔？', 'answered', ['3.32万笔']],
    ['2023年武汉科技保险承保了多少家企业？', 'not_found', ['2023', '2024']],
  ];
  it.each(rows)('%s', (q, status, must) => expectAnswer(ask(q).answer, status, must));
});

describe('several figures in one question', () => {
  it('answers two clauses that each ask a figure with two figures, though one quote holds both', () => {
    const { answer } = ask('武汉融资租赁那单ABS涉及多少项知识产权，其中发明专利多少项？');
    expect(answer.kind, answer.text).toBe('multi');
    expect(answer.text).toContain('49项');
    expect(answer.text).toContain('10项');
  });

  it('says no part is missing when the clause that found nothing asks nothing more (a greeting, a self-introduction)', () => {
    const { answer } = ask('你好，我是做企业服务的，想问下武汉有多少家科技支行');
    expect(answer.status, answer.text).toBe('answered');
    expect(answer.text).toContain('超50家');
    expect(answer.notes.join('')).not.toContain('没有给出');
  });

  it('reads a one-word clause ("总规模") as asking about the thing its sibling clause names', () => {
    const { answer } = ask('中科院成果转化母基金投了多少只子基金，总规模是多少？');
    expect(answer.kind, answer.text).toBe('multi');
    expect(answer.text).toContain('31只');
    expect(answer.text).toContain('227.76亿元');
    expect(answer.text).not.toContain('29亿元');
  });

  it('reads "一共多少亿" as asking a sum of money, though its words overlap', () => {
    expectAnswer(ask('对接活动中企业获得的贷款和股权投资加起来一共多少亿？').answer, 'answered', ['93亿元', '38亿元 + 55亿元']);
  });
  it('adds figures whose question says 加起来, which is not the word 累计 (cumulative) here', () => {
    const { answer } = ask('武汉创新发展基金和湖北基石中小企业发展基金，两只加起来多少亿元？');
    expect(answer.kind, answer.text).toBe('sum');
    expect(answer.headline).toContain('115亿元');
  });

  it('adds the two figures an English question names, though one quote holds both ("combined", "two")', () => {
    const sum = ask('Combined, how much did firms get in loans and equity investment through the matchmaking events?').answer;
    expect(sum.kind, sum.text).toBe('sum');
    expect(sum.headline).toContain('93亿元');
    const two = ask("What do Guotong Trust's two capital injections into Hubei Science and Technology Investment subsidiaries add up to?").answer;
    expect(two.kind, two.text).toBe('sum');
    expect(two.headline).toContain('13亿元');
  });

  it('reads 亿 yuan as asking for money, not for a count of firms', () => {
    const { answer } = ask('Combined, how many 亿 yuan did firms get in loans and equity investment through the matchmaking events?');
    expect(answer.kind, answer.text).toBe('sum');
    expect(answer.headline).toContain('93亿元');
  });

  it('says a figure once when its English form is the same ("32.7%", not "32.7% (32.7%)")', () => {
    const { answer } = ask("What share of Wuhan Rural Commercial Bank's tech loans are tech credit loans?");
    expect(answer.text).toContain('32.7%');
    expect(answer.text).not.toContain('32.7% (32.7%)');
  });

  it('takes a leading "or" off a clause, never the "or" of "order"', () => {
    const k = core.knowledge;
    const turn = buildTurn(k, 'Order by size, biggest first: Jiangcheng Fund, the Talent Development Fund', {});
    const { own } = splitQuestion(turn.analysis, turn.query, k.lexicon, k.data, (e, t) => k.index.hasFactWith(e, t));
    expect(own[0]!.text.startsWith('order'), own[0]!.text).toBe(true);
  });

  it('keeps the items of a list the article gives together: they name one thing, not a clause each', () => {
    const k = core.knowledge;
    const clauses = (q: string) => {
      const turn = buildTurn(k, q, {});
      return splitQuestion(turn.analysis, turn.query, k.lexicon, k.data, (e, t) => k.index.hasFactWith(e, t)).own.map((o) => o.text);
    };
    expect(clauses('工商银行、交通银行、建设银行和投控设立了几支AIC基金').some((t) => t.includes('工商银行、交通银行、建设银行'))).toBe(true);
    expect(clauses('汉口银行、武汉农商行的科技贷款余额分别是多少')).toHaveLength(2);
  });

  it('names another place as it is written, capitalised', () => {
    expect(ask("What is Chengdu's tech loan balance?").answer.text).toContain('no figures for Chengdu');
  });

  it('reads Hubei at the head of a name as the name, and Hubei alone as another place', () => {
    expect(ask("What is Hubei Province's tech loan balance?").answer.status).toBe('not_found');
    const named = ask('How much did Hubei Financial Leasing put into specialised firms in 2024?').answer;
    expect(named.status, named.text).toBe('answered');
    expect(named.text).toContain('6亿元');
  });

  it('answers keywords side by side that each pin a figure of their own when the whole is too close to call', () => {
    const { answer } = ask('中科院成果转化母基金 已投子基金几只 子基金总规模 子基金项目数量');
    expect(answer.kind, answer.text).toBe('multi');
    for (const s of ['31只', '227.76亿元', '700个']) expect(answer.text).toContain(s);
    expect(ask('汉口银行 科技贷款 余额').answer.kind).toBe('lookup');
  });

  it('answers three keywords or more side by side that no one figure mostly explains, however confident the whole', () => {
    const { answer } = ask('鄂质贷 笔数 授信 投放资金');
    expect(answer.kind, answer.text).toBe('multi');
    for (const s of ['176笔', '19.96亿元', '15.4亿元']) expect(answer.text).toContain(s);
  });

  it('splits at a space after a question word, not between keywords', () => {
    const { answer } = ask('鄂质贷授信多少 投放多少');
    expect(answer.kind, answer.text).toBe('multi');
    expect(answer.text).toContain('19.96亿元');
    expect(answer.text).toContain('15.4亿元');
    expect(ask('农商行 科技贷款 余额').answer.kind).not.toBe('multi');
  });

  it('answers each clause when one figure covers only a word of one of them (累计, not 科技贷款)', () => {
    const { answer } = ask('WRCB: cumulative sci-tech loans, and how many firms has it served?');
    expect(answer.kind, answer.text).toBe('multi');
    expect(answer.text).toContain('1500亿元');
    expect(answer.text).toContain('超7000户');
  });

  it('answers a clause that inherits a member and its group with the member, and prefers the section named', () => {
    const { answer } = ask('金控集团那部分里，汉融通入驻了多少市场主体？撮合融资累计多少？');
    expect(answer.kind, answer.text).toBe('multi');
    expect(answer.text).toContain('29.52万户');
    expect(answer.text).toContain('1152.08亿元');
  });

  it('prefers the figure of the section a question points to', () => {
    const { answer } = ask('In the municipal section, how much financing has Hanrongtong helped complete in total?');
    expect(answer.text).toContain('4218亿元');
  });

  it('splits at a space between two runs that each ask (承保了多少家企业 承保金额多少)', () => {
    const { answer } = ask('2024年科技保险承保了几家企业 承保金额是多少');
    expect(answer.kind, answer.text).toBe('multi');
    expect(answer.text).toContain('374家');
    expect(answer.text).toContain('398亿元');
  });

  it('splits at a space after a question word with its measure word (多少笔, 几家)', () => {
    const { answer } = ask('鄂质贷投放多少笔 授信多少');
    expect(answer.kind, answer.text).toBe('multi');
    expect(answer.text).toContain('176笔');
    expect(answer.text).toContain('19.96亿元');
  });

  it('splits at an operator word and works the difference out', () => {
    const { answer } = ask("Hanrongtong cumulative financing facilitated minus Wuhan's tech-firm loan balance");
    expect(answer.kind, answer.text).toBe('difference');
    expect(answer.headline).toContain('508.89亿元');
  });

  const rows: Row[] = [
    ['截至2024年末，武汉科技型企业贷款余额和同比增长各是多少？', 'answered', ['3709.11亿元', '14.78%']],
    ['武汉融资租赁那单ABS里发明专利和实用新型各有几项？', 'answered', ['10项', '39项']],
    ['How many tech firms has the financing guarantee company served, and what is its guarantee volume?', 'answered', ['3854户', '95.48亿元']],
    ['科技金融工作站和首贷服务站分别有多少家？', 'answered', ['57家', '94家']],
  ];
  it.each(rows)('%s', (q, status, must) => expectAnswer(ask(q).answer, status, must));

  it('keeps one group of firms together instead of splitting at 及', () => {
    const { answer } = ask('汉口银行对初创及中小微科技企业的表内贷款余额有多少？');
    expect(answer.facts[0]!.figure).toBe('超110亿元');
  });
});

describe('comparisons name the winner and cite both figures', () => {
  it('compares two banks', () => {
    const { answer } = ask('汉口银行和武汉农商行哪个服务的企业多？');
    expect(answer.kind).toBe('compare');
    expect(answer.headline).toMatch(/^汉口银行更多/);
    expect(answer.text).toContain('超9500家');
    expect(answer.text).toContain('超7000户');
  });

  it('compares money in different units exactly', () => {
    const { answer } = ask('武汉创新发展基金和人才发展基金哪个规模大？');
    expect(answer.headline).toContain('武汉创新发展基金');
    expect(answer.text).toContain('10亿元');
  });

  it('compares two funds, though one fund\'s written-out name holds a topic word the other does not share', () => {
    const { answer } = ask('Which is bigger, the CAS achievement-transformation mother fund or the talent development fund?');
    expect(answer.kind, answer.text).toBe('compare');
    expect(answer.text).toContain('29亿元');
    expect(answer.text).toContain('10亿元');
  });

  it('ranks the figures of one kind of organisation when asked which has the most', () => {
    const banks = ask('哪家银行服务的科技企业最多？').answer;
    expect(banks.kind, banks.text).toBe('compare');
    expect(banks.text).toContain('超9500家');
    expect(banks.text).toContain('超7000户');
    const funds = ask('Which fund is the largest?').answer;
    expect(funds.kind, funds.text).toBe('rank');
    expect(funds.headline).toMatch(/100亿元.*70亿元.*29亿元.*15亿元/);
  });

  it('compares in English', () => {
    const { answer } = ask('Which is larger, Guotong Trust\'s injection into the Biolake company or into Central City Investment?');
    expect(answer.kind).toBe('compare');
    expect(answer.headline).toContain('is higher');
    expect(answer.text).toContain('8亿元');
    expect(answer.text).toContain('5亿元');
  });

  it('ranks the parts a last clause orders by its key, not the key as a part of its own', () => {
    const { answer } = ask('武汉农商行的累计投放科创贷款、科技信用贷款余额、知识产权质押贷款规模，按金额从大到小排');
    expect(answer.kind, answer.text).toBe('rank');
    expect(answer.headline).toMatch(/1500亿元.*128\.3亿元.*22亿元/);
  });

  it('ranks the parts an opening clause of ordering words ("Rank these by number") leaves', () => {
    const { answer } = ask("Rank these by number: Wuhan's tech sub-branches, its tech finance workstations and its first-loan service stations");
    expect(answer.kind, answer.text).toBe('rank');
    expect(answer.headline).toMatch(/94.*57.*50/);
  });

  it('ranks nothing when the figures asked for are of different kinds, and never swaps the one asked for', () => {
    const { answer } = ask('融担公司的担保规模和武汉科技支行数量，哪个多？');
    expect(answer.status, answer.text).toBe('not_found');
    expect(answer.text).toContain('95.48亿元');
    expect(answer.text).not.toContain('3854户');
  });

  it('compares like with like: growth rates when rates are asked, though one side names a balance', () => {
    const { answer } = ask('国通信托存量规模增速和武汉科技型企业贷款余额增速，哪个更快？');
    expect(answer.kind, answer.text).toBe('compare');
    expect(answer.text).toContain('53.18%');
    expect(answer.text).toContain('14.78%');
  });
});

describe('events in order of time', () => {
  const order = (text: string, years: string[]) => years.map((y) => text.indexOf(y));
  it('lists the dated events of a kind oldest first, each cited', () => {
    const { answer } = ask('把武汉拿到的国家级试点按时间顺序排一下');
    expect(answer.status, answer.text).toBe('answered');
    const at = order(answer.text, ['2007年', '2012年', '2015年', '2021年']);
    expect(at.every((i) => i >= 0), answer.text).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(answer.facts.length).toBeGreaterThanOrEqual(4);
  });

  it('orders only the events a question lists, each by its own name', () => {
    const { answer } = ask("Put the Wuhan City Circle's tech-finance reform zone and the first tech-insurance pilot areas in chronological order");
    expect(answer.facts.map((f) => f.id), answer.text).toEqual(['city.pilot_2007', 'city.pilot_2015']);
  });

  it('answers "the earliest" with the first event alone', () => {
    const { answer } = ask('武汉最早拿到的国家级试点是哪一年？');
    expect(answer.status, answer.text).toBe('answered');
    expect(answer.facts.map((f) => f.id)).toEqual(['city.pilot_2007']);
  });

  it('reads 那几个 as pointing at things, not asking how many', () => {
    const { answer } = ask('武汉那几个国家级试点按时间顺序列一下');
    expect(answer.status, answer.text).toBe('answered');
    const turn = buildTurn(core.knowledge, '那几个试点', {});
    expect([...turn.analysis.asks]).not.toContain('count');
    expect(turn.analysis.askUnit).toBeNull();
    expect([...buildTurn(core.knowledge, '有几个试点', {}).analysis.asks]).toContain('count');
  });
});

describe('lists', () => {
  it('lists the national pilots in year order', () => {
    const { answer } = ask('武汉拿过哪些国字号试点？');
    expect(answer.kind).toBe('list');
    const years = answer.facts.map((f) => f.figure);
    expect(years).toEqual(['2007年', '2012年', '2015年', '2021年', '2025年']);
  });

  it('lists the items of a text fact', () => {
    expectAnswer(ask('融担公司有哪些科技担保产品？').answer, 'answered', ['启航·育苗担', '护航·成长担', '领航·加速担']);
  });

  it('lists the members of a group', () => {
    const { answer } = ask('武汉金控集团旗下有哪些机构？');
    for (const name of ['湖北金融租赁公司', '国通信托', '华源证券', '江城基金', '武汉融资租赁公司']) {
      expect(answer.headline).toContain(name);
    }
  });
});

describe('an organisation alone gets a card of its main figures', () => {
  it('tells the story of two it names apart with every figure about both, and none of a name made of two', () => {
    const story = ask('跟我讲讲汉口银行和赛维尔之间的故事').answer;
    expect(story.status, story.text).toBe('answered');
    for (const s of ['230', '3.275亿元', '8年']) expect(story.text).toContain(s);
    expect(ask('说说光谷金控的科技金融举措').answer.status).not.toBe('answered');
  });

  it.each(['汉口银行', 'Hankou Bank', '汉融通'])('%s', (q) => {
    const { answer } = ask(q);
    expect(answer.kind).toBe('browse');
    expect(answer.facts.length).toBeGreaterThanOrEqual(3);
  });

  it('names a group\'s members and shows their main figures beside its own', () => {
    const { answer } = ask('武汉金控集团概况');
    expect(answer.kind, answer.text).toBe('browse');
    expect(answer.headline).toContain('国通信托');
    expect(answer.facts.some((f) => f.id.startsWith('guotong.'))).toBe(true);
    expect(answer.facts.some((f) => f.id.startsWith('jinkong.'))).toBe(true);
    // A bank's product is no member company.
    expect(ask('汉口银行').answer.headline).not.toContain('旗下');
  });
});

describe('honesty: a year the article has is never said to be missing', () => {
  it('offers the figure of the year asked first, and does not claim the year is absent', () => {
    const { answer } = ask('2012年武汉拿下了什么国家试点？');
    expect(answer.text).not.toContain('没有2012年');
    expect(answer.text.split('•')[1], answer.text).toContain('2012年');
  });
});

describe('honesty: a figure of another kind of period', () => {
  it('does not give a year-end total for what was lent in one year alone', () => {
    const { answer } = ask('What did the Qingchuang Loan zone lend in 2024 alone?');
    expect(answer.status, answer.text).not.toBe('answered');
  });
});

describe('honesty: what the article does not say', () => {
  const rows: [string, string[]][] = [
    ['汉口银行2023年的净利润是多少？', ['汉口银行']],
    ['武汉农商行的不良贷款率是多少？', []],
    ['江城基金的总规模是多少？', ['21.81亿元']],
    ['黑芝麻智能是哪一年在港股上市的？', []],
    ['What was Hankou Bank\'s net profit in 2024?', ['Hankou Bank']],
    ['人才发展基金投资了哪些企业？', []],
  ];
  it.each(rows)('%s', (q, suggested) => {
    const { answer } = ask(q);
    expect(answer.status).toBe('not_found');
    expect(answer.facts).toEqual([]);
    for (const s of suggested) expect(answer.text).toContain(s);
  });

  it('offers the nearest figures it does give, as suggestions', () => {
    const { answer } = ask('江城基金的总规模是多少？');
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions[0]!.factIds[0]).toMatch(/^jiangcheng\./);
  });
});

describe('close readings: a clarifying question, or both figures of one thing', () => {
  it('gives both figures of one thing with their scopes', () => {
    const { answer } = ask('汉融通累计促成融资多少？');
    const figures = answer.facts.map((f) => f.figure);
    expect(answer.status === 'answered' || answer.status === 'clarify').toBe(true);
    if (answer.status === 'answered') {
      expect(figures).toEqual(expect.arrayContaining(['4218亿元', '1152.08亿元']));
      expect(answer.facts.every((f) => f.scope)).toBe(true);
    } else {
      expect(answer.choices.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('asks which one with 2 to 4 choices, and a choice answers', () => {
    const { answer, state } = ask('汉口银行 贷款');
    expect(answer.status).toBe('clarify');
    expect(answer.choices.length).toBeGreaterThanOrEqual(2);
    expect(answer.choices.length).toBeLessThanOrEqual(4);
    const picked = core.answer('1', state).answer;
    expect(picked.status).toBe('answered');
    expect(picked.facts[0]!.id).toBe(answer.choices[0]!.factIds[0]);
  });
});

describe('small talk and help', () => {
  const rows: [string, Answer['kind']][] = [
    ['你好', 'smalltalk'], ['help', 'help'], ['谢谢', 'smalltalk'], ['好的，谢谢啦', 'smalltalk'], ['你能做什么？', 'help'], ['', 'help'], ['   ', 'help'],
  ];
  it.each(rows)('%j', (q, kind) => {
    const { answer } = ask(q);
    expect(answer.status).toBe('smalltalk');
    expect(answer.kind).toBe(kind);
    expect(answer.facts).toEqual([]);
  });
});
