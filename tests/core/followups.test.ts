import { describe, expect, it } from 'vitest';
import { createCore, DEFAULT_DATA_DIR, loadDataset, type Answer, type ChatState } from '../../src/index.js';

const core = createCore(loadDataset(DEFAULT_DATA_DIR));

/** Plays a conversation and returns every answer. */
function converse(questions: string[]): Answer[] {
  let state: ChatState = {};
  return questions.map((q) => {
    const reply = core.answer(q, state);
    state = reply.state;
    return reply.answer;
  });
}

type Turn = [question: string, status: Answer['status'], mustContain: string[]];

const conversations: [name: string, turns: Turn[]][] = [
  ['keeps the thing last asked about for every clause of a two-part follow-up', [
    ['鄂质贷是跟谁合作推出的', 'answered', ['市场监督管理局']],
    ['授信多少，投放多少', 'answered', ['19.96亿元', '15.4亿元']],
  ]],
  ['reads "the three" as the things the last answer was about, and "total" as no topic of its own', [
    ['Which state-owned banks did Wuhan Investment Holding partner with on AIC funds?', 'answered', ['工商银行']],
    ['And what is the total size of the three?', 'answered', ['70亿元']],
  ]],
  ['keeps the topic for "and X combined?" and adds up as many figures as "those three" counts', [
    ['how big is the Wuhan Innovation Development Fund?', 'answered', ['100亿元']],
    ['what about the Hubei Jishi SME fund?', 'answered', ['15亿元']],
    ['and the three AIC funds combined?', 'answered', ['70亿元']],
    ['so what is the total of those three?', 'answered', ['185亿元', '70亿元 + 15亿元 + 100亿元']],
  ]],
  ['works out a multiple of two years\' figures and a difference of the two last answered, naming the larger', [
    ['赛维尔2018年在汉口银行的授信额度是多少', 'answered', ['1000万元']],
    ['2025年呢？', 'answered', ['5000万元']],
    ['是2018年的几倍', 'answered', ['的5倍']],
    ['汉口银行和武汉农商行的科技贷款余额分别是多少', 'answered', ['超110亿元', '392.9亿元']],
    ['Which of the two is larger, and by how much?', 'answered', ['Wuhan Rural Commercial Bank is higher', '282.9亿元']],
  ]],
  ['answers "how many in all" after a list with the count the list gave', [
    ['武汉农商行助推了哪些企业上市', 'answered', ['四方光电']],
    ['一共多少家', 'answered', ['20余家']],
  ]],
  ['answers "now" with the last year of a figure given for several years', [
    ['赛维尔当时在汉口银行贷了多少', 'answered', ['230万元']],
    ['现在授信到多少了', 'answered', ['5000万元']],
  ]],
  ['says the article gives only the count when asked which ones it counts', [
    ['投控所投项目有多少家上市了', 'answered', ['111家']],
    ['这些企业具体是哪几家', 'not_found', ['111家']],
  ]],
  ['answers "what model" with a figure that describes itself, and keeps a one-word follow-up to that organisation', [
    ['武汉融资租赁公司发行的那单知识产权ABS是什么模式？', 'answered', ['二次许可']],
    ['规模多大？', 'not_found', ['1.8亿元']],
  ]],
  ['swaps the organisation and keeps the topic', [
    ['融担公司服务了多少户专精特新企业？', 'answered', ['1168户']],
    ['汉口银行呢？', 'answered', ['超2400家']],
    ['那武汉农商行呢？', 'not_found', []],
  ]],
  ['keeps to the firm the bank lent to, not the bank alone', [
    ['农商行给禾元生物的首笔贷款多少钱', 'answered', ['1000万元']],
    ['贷款期限多长', 'answered', ['两年期']],
    ['那后面总共放了多少', 'answered', ['2.4亿元']],
  ]],
  ['keeps the organisation and changes the topic', [
    ['江城基金完成了多少投资？', 'answered', ['21.81亿元']],
    ['投出了几个项目？', 'answered', ['10个']],
    ['它的专家库有多少人？', 'answered', ['超过30位']],
  ]],
  ['keeps "cumulative" a modifier when only the period changes', [
    ['Hanrongtong platform, cumulative financing facilitated?', 'answered', ['4218']],
    ['and in 2024 alone?', 'answered', ['791.39']],
  ]],
  ['changes only the period', [
    ['截至2024年末，汉融通平台累计促成融资多少？', 'answered', ['4218亿元']],
    ['那光看2024年全年呢？', 'answered', ['791.39亿元']],
  ]],
  ['refuses a year the article does not give', [
    ['科技保险2024年承保金额多少？', 'answered', ['398亿元']],
    ['那2023年呢？', 'not_found', ['2023']],
  ]],
  ['compares the last two answers', [
    ['汉口银行一共服务了多少家科技企业？', 'answered', ['超9500家']],
    ['那武汉农商行呢？', 'answered', ['超7000户']],
    ['两者相比哪家服务的企业多？', 'answered', ['汉口银行更多', '超9500家', '超7000户']],
  ]],
  ['follows English pronouns', [
    ['How many sub-funds had the CAS fund of funds invested in by the end of 2024?', 'answered', ['31只']],
    ["What's the combined size of the sub-funds this fund has backed?", 'answered', ['227.76亿元']],
    ['And how many projects have those sub-funds invested in?', 'answered', ['超700个']],
  ]],
  ['compares a new figure with the last answer', [
    ['How much has Wuhan Rural Commercial Bank lent to Healthgen in total?', 'answered', ['2.4亿元']],
    ["Compare that with Hankou Bank's total support to Servicebio - which is more?", 'answered', ['3.275亿元', '2.4亿元']],
  ]],
  ['an elliptical follow-up keeps the topic of a question the article could not answer', [
    ['武汉农商行知识产权质押贷款的利率是多少？', 'not_found', []],
    ['规模有多大？', 'answered', ['突破22亿元']],
  ]],
  ['an elliptical follow-up keeps to what the last answer was about, not its owner', [
    ['投控跟哪几家银行合作设立了AIC基金？', 'answered', ['建设银行']],
    ['规模是多少？', 'answered', ['70亿元']],
  ]],
  ['"the other one" is the one other figure of the kind just answered', [
    ['国通信托向光谷中心城投增资了多少？', 'answered', ['5亿元']],
    ['另外一笔呢？', 'answered', ['8亿元']],
  ]],
  ['a pronoun points back at the group whose members are asked for', [
    ['武汉投控集团概况', 'answered', []],
    ['它下面有哪些公司？', 'answered', ['旗下的机构有', '融担公司']],
  ]],
  ['a pronoun after a definition points to the thing defined', [
    ['What is Hanrongtong?', 'answered', []],
    ['And how many financial products are there on it?', 'answered', ['138项']],
  ]],
];

describe('follow-ups change one part of the previous question', () => {
  it.each(conversations)('%s', (_, turns) => {
    const answers = converse(turns.map(([q]) => q));
    turns.forEach(([q, status, must], i) => {
      expect(answers[i]!.status, `${q}\n${answers[i]!.text}`).toBe(status);
      for (const s of must) expect(answers[i]!.text, q).toContain(s);
    });
  });

  it('does not carry a conversation into a fresh state', () => {
    expect(core.answer('那武汉农商行呢？', {}).answer.kind).toBe('browse');
  });

  it('returns a plain, serialisable state', () => {
    const { state } = core.answer('汉口银行服务了多少家科技企业？', {});
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
