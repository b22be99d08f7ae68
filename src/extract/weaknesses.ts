/**
 * Weaknesses a report admits, by taxonomy category. They are read only inside the shortcomings
 * section (存在的不足/问题/短板 …), which ends at the next top-level heading or at the plans
 * (下一步, 2026年工作打算) or the remedies (整改措施) — remedies talk about the same topics
 * without admitting anything.
 */
import { shortcomingsSection } from './sections.ts';
import { quoteOf, type NormalText, type Segment } from './text.ts';

export interface Weakness {
  category: string;
  quote: string;
  start: number;
  end: number;
}

const G = '[^，。；\\n]{0,8}';
const cue = (s: string): RegExp => new RegExp(s.replace(/…/g, G));

/** Cue phrases per category; `…` is a short gap inside one clause. */
export const weaknessLexicon: readonly (readonly [string, RegExp])[] = [
  [
    'understaffed',
    cue(
      '执法力量…(?:不足|薄弱|不够|有限|紧张|偏弱)|力量薄弱|人员[^，。；]{0,2}(?:严重不足|不足|短缺|紧缺|偏少|较少)|人手…(?:不足|紧张|短缺)|人少事多|编制…(?:不足|紧张)|难以全覆盖',
    ),
  ],
  [
    'aging_team',
    cue(
      '(?:年龄|年纪)…\\d{2}岁以上|年龄结构…(?:不合理|老化|偏大)|老龄化|年龄偏大|(?:人员|队伍)老化|老化问题|人员流失|人才流失|青黄不接|断层|后继乏人',
    ),
  ],
  [
    'competence',
    cue(
      '能力…(?:不足|欠缺|不强|有待|不高|不够)|素质…(?:有待|不高|不强|参差)|与新业态不匹配|不相匹配|不匹配|不相适应|不适应|把握不准|掌握不足|理解和掌握…不|业务水平…(?:不高|有待)|执法水平…(?:不高|有待)|(?:提升|提高)…(?:专业知识|人员素质|专业素质|业务能力|执法能力)',
    ),
  ],
  ['case_quality', cue('文书…不规范|案卷质量|卷宗…不|执法文书…(?:不|问题)|程序意识不强|办案…不规范')],
  [
    'publicity_monotonous',
    cue(
      '(?:宣传|普法)…(?:形式|方式|手段|载体)…(?:单一|传统|单调|陈旧)|形式…单一|针对性…(?:不强|有待|不足|不够)|大水漫灌|创新性不高|(?:宣传|普法)…(?:质效|效果|实效)…(?:有待|不|欠)|覆盖面…(?:局限|不广|较窄|不够)|精准普法不足|缺乏精准性',
    ),
  ],
  ['integration', cue('融合…(?:不够|不足|不深|度不高|不紧密)|两张皮|结合…不紧密|衔接…不够')],
  [
    'informatization',
    cue('信息化…(?:滞后|不足|有待|不够|薄弱|不高|欠缺)|互联互通|数据共享…(?:不|难)|信息共享…(?:不|难)|智慧监管…(?:不足|滞后)'),
  ],
  ['funding', cue('(?:经费|资金|投入)…(?:不足|短缺|不够|有限|紧张|匮乏)|装备…(?:不足|落后|短缺|老化)')],
  ['professional_complaints', cue('职业(?:投诉|打假|索赔|举报)')],
  ['public_supervision', cue('群众监督|社会监督…(?:不足|不够|有待|完善)|监督举报机制|满意度…差距|(?:社会|群众)满意度…(?:不高|有待)')],
  [
    'awareness',
    cue(
      '思想认识…(?:偏差|不足|不到位)|认识…(?:不足|不到位|不够)|重视…(?:不够|不足)|重视程度不|软任务|重业务…轻法治|法治意识…(?:淡薄|不强)',
    ),
  ],
  ['training_mechanism', cue('培训机制|培训…(?:偏理论|不足|不够|不完善|不健全)|轻实操|重理论…轻实践|培训方式单一|缺乏案例教学')],
];

const ENUMERATION = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．]|[一二三四五六七八九十]{1,2}是)/;

/** Clause around a match: between the nearest ，。；\n on either side, at most ~40 characters. */
function clauseAround(text: string, a: number, b: number, section: Segment): [number, number] {
  let s = a;
  while (s > section.start && !/[，。；：\n]/.test(text[s - 1] ?? '') && a - s < 24) s--;
  let e = b;
  while (e < section.end && !/[，。；\n]/.test(text[e] ?? '') && e - b < 24) e++;
  // Not the numbering: "1.卫生监督执法力量不足" is quoted from 卫生.
  const numbering = ENUMERATION.exec(text.slice(s, a));
  return [s + (numbering?.[0].length ?? 0), e];
}

/** Weakness categories in a report's shortcomings section, each with up to three quotes. */
export function extractWeaknesses(nt: NormalText, paras: readonly Segment[]): Weakness[] {
  const section = shortcomingsSection(nt.text, paras);
  if (!section) return [];
  const body = nt.text.slice(section.start, section.end);
  const out: Weakness[] = [];
  for (const [category, re] of weaknessLexicon) {
    const global = new RegExp(re.source, 'g');
    const seen = new Set<number>();
    for (const m of body.matchAll(global)) {
      const [s, e] = clauseAround(nt.text, section.start + m.index, section.start + m.index + m[0].length, section);
      if (seen.has(s) || seen.size >= 3) continue;
      seen.add(s);
      out.push({ category, ...quoteOf(nt, s, e) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
