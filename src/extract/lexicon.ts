/**
 * How the reports word each indicator: cue phrases by strength, the unit words that fit, and
 * the sentence context a cue needs. Data, not code: figures.ts scores every cue near a number.
 *
 * In a cue, `…` stands for a short gap inside one clause (up to 6 characters, no ，。；).
 * Weights: 3 names the indicator outright (罚款, 集体讨论), 2 is typical wording (宣传, 抽检),
 * 1 is a weak hint that wins only when close and unopposed (活动, 检查, an entity noun).
 */
import type { Domain } from '../domain/catalogue.ts';

export type Weight = 1 | 2 | 3;
export type CueSet = Partial<Record<Weight, string>>;

export interface IndicatorRule {
  id: string;
  units: readonly string[];
  /** Cues before or after the number. */
  cues: CueSet;
  /** Cues that only count before the number ("实施行政处罚237件", not "1件行政处罚案卷"). */
  before?: CueSet;
  /** Cues that only count after the number ("37件信访积案", "100%完成"). */
  after?: CueSet;
  /** The sentence must match this (random-inspection cues need 双随机 context). */
  requires?: RegExp;
  /** The sentence must not match this. */
  excludes?: RegExp;
  /** The paragraph must match this (双随机 named once for a paragraph of its figures). */
  paragraph?: RegExp;
}

const CASES = ['件', '起', '宗', '例'];
const TIMES = ['次', '场', '场次', '期', '批次', '期次'];
const ENTITIES = ['家', '户', '所'];
const PEOPLE = ['人', '名'];
const RANDOM = /随机|抽查|抽检|抽取/;
const DOUBLE_RANDOM = /随机/;
/** Up to 12 characters of one clause (a task's full name), where `…` allows 6. */
const LONG_GAP = '[^，。；\\n]{0,12}';
const STAFF = /干部|职工|执法人员|工作人员|系统内|中心组/;

export const indicatorRules: readonly IndicatorRule[] = [
  // 监督检查
  // 双随机 tasks are counted in 件/项/个, and 单 (07 静海 "监督检查任务917单"); the paragraph names 双随机
  // once for all its figures (002 湖滨 "按照上级的抽取文件，共抽取84家"), so 抽查 alone is any spot check.
  {
    id: 'random_tasks_assigned',
    units: ['件', '项', '个', '单'],
    requires: RANDOM,
    paragraph: DOUBLE_RANDOM,
    cues: { 3: '抽查任务|抽检任务|(?:下达|抽取|分配)…任务|随机…任务|任务总数', 1: '任务' },
  },
  // A double-random check counted as an item of the plan (20 十堰 "市级部门联合双随机抽查4项").
  {
    id: 'random_tasks_assigned',
    units: ['项', '件', '个'],
    requires: RANDOM,
    paragraph: DOUBLE_RANDOM,
    cues: { 3: '双随机抽查(?=\\d+(?:\\.\\d+)?[项件个])' },
  },
  // Tasks counted by the entities they cover (21 秦皇岛 "双随机任务总数696家"; 07 静海 "抽取…任务917单"):
  // supervision summaries write the task list as 抽检任务N家 too.
  {
    id: 'random_tasks_assigned',
    units: ['家', '户', '单'],
    requires: RANDOM,
    paragraph: DOUBLE_RANDOM,
    cues: { 3: '任务总数|(?:下达|抽取|分配)…任务|随机…任务|抽查任务|抽检任务|检查任务' },
  },
  // "完成国家双随机抽查任务326个": the verb may stand a whole task name before 任务.
  {
    id: 'random_tasks_completed',
    units: ['件', '项', '个', '单'],
    requires: RANDOM,
    paragraph: DOUBLE_RANDOM,
    cues: { 3: `完成…任务|完成${LONG_GAP}(?:抽查|抽检|监督)任务` },
    after: { 2: '已完成|全部完成' },
  },
  // "完成82件", not "完成整改12件": the bare verb names the number right after it.
  {
    id: 'random_tasks_completed',
    units: ['件', '项', '个', '单'],
    requires: RANDOM,
    paragraph: DOUBLE_RANDOM,
    cues: { 3: '(?:完成|办结)(?=\\d)' },
  },
  // Done tasks counted by entities: "对670家各类机构开展双随机监督" (21 秦皇岛), and, where the tasks
  // were counted in 家, the bare verb before the number ("已完成45家").
  {
    id: 'random_tasks_completed',
    units: ['家', '户'],
    requires: RANDOM,
    paragraph: DOUBLE_RANDOM,
    cues: { 3: '(?:已|全部)?完成(?=\\d)' },
    after: { 3: '(?:开展|完成|实施)…随机(?:监督|抽查|检查)' },
  },
  {
    id: 'random_sampled_entities',
    units: [...ENTITIES, '个'],
    requires: RANDOM,
    paragraph: DOUBLE_RANDOM,
    cues: { 3: '抽取|抽查数|抽查户数|抽检数|抽查单位|随机抽查', 2: '抽查|抽检' },
  },
  {
    id: 'random_completion_rate',
    units: ['%'],
    requires: RANDOM,
    paragraph: DOUBLE_RANDOM,
    cues: { 3: '完成…率|完结率|办结率' },
    after: { 3: '完成' },
  },
  { id: 'random_publicity_rate', units: ['%'], requires: RANDOM, paragraph: DOUBLE_RANDOM, cues: { 3: '公示率|公开率' } },
  { id: 'inspections', units: ['件', '次', '户次', '家次'], cues: { 3: '行政检查|执法检查|监督检查', 1: '检查|巡查' } },
  // Summaries and news count inspections by the entities inspected, the verb first ("监督检查医疗机构320家",
  // "检查游泳场所18家"); "对19所学校开展…监督检查" names the entities under supervision (seeds 000, 002).
  {
    id: 'inspections',
    units: ENTITIES,
    excludes: /抽查|抽检|随机|覆盖/,
    cues: {},
    before: { 3: '(?:监督|执法|行政|日常|专项)检查|检查(?=[^，。；\\d]{0,10}\\d)' },
  },
  { id: 'site_visits', units: ['次', '户次', '家次'], cues: { 3: '入户入企检查|入户检查|入企检查|入户|入企|现场检查', 2: '上门' } },
  // Not a sample (抽查55家: a spot check's sample is not the stock), not the entities of a licence (03 开州 "生活饮用水许可2家", "放射诊疗校验32家") nor the targets of one
  // campaign (21 秦皇岛 "专项整治行动，对全市12家…进行全覆盖检查", "排查整治…对全市40家医疗机构").
  {
    id: 'supervised_entities',
    units: ENTITIES,
    requires: /监督|监管|检查|覆盖|防控|巡查/,
    excludes: /许可|校验|审批|专项|整治|排查|抽查|抽检/,
    cues: { 3: '监管单位|监管对象|监督单位|被监管单位|被监督单位|监管企业', 1: '监督|监管|检查' },
    after: { 1: '单位|机构|场所|学校|企业|医院|诊所|门诊部|卫生室|卫生院|药店|供水站|水厂|公司|商户|经营户|业户|幼儿园|托育' },
  },
  { id: 'coverage_rate', units: ['%'], cues: { 3: '(?:监督|检查|监管|巡查|监测)…覆盖率' } },
  // "对辖区内126家公共场所实现监督全覆盖，覆盖率100%": the rate stands in a clause of its own.
  {
    id: 'coverage_rate',
    units: ['%'],
    requires: /监督|检查|监管|巡查/,
    excludes: /宣传|普法|培训|学法|抽查|抽检|随机/,
    cues: { 2: '覆盖率' },
  },
  // 行政处罚
  {
    id: 'penalty_cases',
    units: [...CASES, ...ENTITIES],
    // 当场处罚 is a penalty on the spot, counted by the entities fined (supervision summaries: "当场处罚42户").
    cues: {
      3: '行政处罚案件|处罚案件|查处…案件|违法案件|立案查处|立案处罚|办理…案件|(?:一般|简易)程序案件|当场处罚|现场处罚',
      2: '案件数|立案|查处',
    },
    before: { 2: '实施行政处罚|行政处罚' },
  },
  // Not catalogue figures, named so their words are not read as one: 不予处罚 is not a penalty.
  {
    id: 'other:no_penalty',
    units: [...CASES, ...ENTITIES],
    cues: { 3: '不予(?:行政)?处罚(?:案件|决定)?|免予(?:行政)?处罚|首违不罚|轻微违法不罚' },
  },
  { id: 'other:drills', units: [...TIMES, '起', '件'], cues: { 3: '(?:应急)?演练|拉练' } },
  { id: 'fines_yuan', units: ['元'], cues: { 3: '罚款|罚金|处罚金额|处罚…人民币|共计处罚', 2: '罚没' } },
  { id: 'confiscated_yuan', units: ['元'], cues: { 3: '没收违法所得|没收|违法所得' } },
  // The leading group decides as a body: "重大执法决定党组研究51件" (11 金普), "局务会集体讨论".
  {
    id: 'collective_discussion_cases',
    units: [...CASES, '项'],
    cues: { 3: '集体讨论|集体研究|集体议定|集体审议|(?:党组|党委|局务会|委务会|办公会)(?:会议)?(?:集体)?(?:研究|讨论|审议)' },
  },
  { id: 'legal_review_rate', units: ['%'], cues: { 3: '法[制治]审核率|法[制治]审查率' } },
  { id: 'legal_review_rate', units: ['%'], requires: /执法|处罚|案件/, cues: { 2: '审核率' } },
  { id: 'reconsideration_cases', units: CASES, cues: { 3: '行政复议', 2: '复议' } },
  { id: 'litigation_cases', units: CASES, cues: { 3: '行政诉讼|行政应诉', 2: '诉讼|应诉' } },
  // The head appearing in court is a measure of its own (负责人出庭应诉), not the number of suits (08 普陀).
  { id: 'other:court_appearance', units: CASES, cues: { 3: '出庭应诉|出庭' } },
  { id: 'mitigated_cases', units: [...CASES, ...ENTITIES], cues: { 3: '减轻处罚|从轻处罚|从轻或减轻|减轻或从轻|从轻、减轻' } },
  { id: 'case_follow_ups', units: ['次', '家', '户', '家次'], requires: /处罚|案件|违法/, cues: { 3: '回访' } },
  // 投诉举报
  // Complaints also arrive as hotline work orders (12345热线工单) and petitions (信访投诉, 04 长寿).
  {
    id: 'complaints_received',
    units: [...CASES, '条', '次'],
    cues: { 3: '投诉举报|举报投诉|受理…(?:投诉|举报)|(?:投诉|举报)事项|热线…工单|投诉…工单', 2: '投诉|举报|工单' },
  },
  { id: 'complaints_handled_rate', units: ['%'], cues: { 3: '(?:投诉|举报)…(?:办结|查处|处理|办理|回复|处置|按时办结)率' } },
  { id: 'complaints_handled_rate', units: ['%'], requires: /投诉|举报|信访/, cues: { 2: '办结率|查处率|处理率' } },
  { id: 'satisfaction_rate', units: ['%'], cues: { 3: '满意率', 2: '满意度' } },
  { id: 'disputes_resolved_rate', units: ['%'], cues: { 3: '纠纷…(?:化解|调解|处理|调处)(?:成功)?率|调解成功率', 2: '化解率' } },
  { id: 'petitions_resolved', units: [...CASES, '批'], cues: { 3: '信访积案|积案|化解…信访|信访…化解' } },
  // 学法培训
  // A seminar on a theme is study (15 南安 "举办4场专题研讨"); a team's own 研讨 alone is not (10 江源).
  {
    id: 'study_sessions',
    units: TIMES,
    cues: { 3: '集中学法|集中学习|集中普法|中心组|学法会|学习会|专题学习|专题研讨|研讨会', 2: '学法|理论学习' },
  },
  { id: 'training_sessions', units: TIMES, cues: { 3: '培训|讲座|轮训|培训班', 2: '专题普法|专题辅导|辅导' } },
  { id: 'training_sessions', units: ['次', '期'], requires: STAFF, cues: { 2: '普法' } },
  { id: 'exams', units: ['次', '场'], cues: { 3: '考试|测试|以考促学' } },
  {
    id: 'trained_person_times',
    units: ['人次', '人'],
    requires: /培训|讲座|考试|学法|轮训|学习/,
    cues: { 3: '参训|参学|参加…(?:培训|学习|考试)|培训', 2: '普及|覆盖' },
  },
  { id: 'enforcement_officers', units: PEOPLE, cues: { 3: '(?:现有|共有|在编|在岗|实有|核定)…执法人员' } },
  { id: 'enforcement_officers', units: PEOPLE, requires: /现有|共有|在编|在岗|实有|编制/, cues: { 2: '执法人员|执法队伍' } },
  { id: 'officers_aged_50_plus', units: PEOPLE, requires: /执法/, cues: { 3: '\\d{2}岁以上' } },
  { id: 'certified_officers', units: PEOPLE, cues: { 3: '换证|换发|持证|申领…证|领取…证件|持有…证' } },
  { id: 'certification_rate', units: ['%'], cues: { 3: '持证…率|持证率|亮证…率' } },
  {
    id: 'officers_newly_qualified',
    units: PEOPLE,
    cues: { 3: '(?:考试|考核)合格|通过考试|取得…(?:执法证|执法资格|资格)|新申领|新增…执法人员' },
  },
  // 普法宣传
  {
    id: 'publicity_events',
    units: [...TIMES, '起'],
    cues: {
      3: '宣传活动|普法活动|宣讲|宣传专项|普法宣传|法治宣传|宣传周|宣传日|义诊',
      2: '宣传|送法|进社区|进校园|进学校|进企业|进乡村|进机关|进单位|进医院|进农村|进家庭|[三四五六七八九十]进',
      1: '普法',
    },
  },
  // "活动" alone is any campaign (专项整治活动); it counts only where the sentence is about publicity.
  {
    id: 'publicity_events',
    units: [...TIMES, '起'],
    requires: /宣传|普法|宪法|义诊|咨询|[三四五六七八九十]进|进社区|进校园/,
    cues: { 1: '活动' },
  },
  {
    id: 'materials_distributed',
    units: ['份', '册', '本', '张', '套', '份次'],
    cues: { 3: '宣传资料|宣传材料|宣传手册|宣传册|宣传单|宣传页|折页|明白纸|宣传品' },
  },
  {
    id: 'materials_distributed',
    units: ['份', '册', '本', '张', '套', '份次'],
    requires: /发放|印发|派发|分发|赠送|宣传/,
    cues: { 3: '资料|手册', 2: '海报|材料' },
  },
  { id: 'consultations', units: ['人次', '人'], cues: { 3: '咨询', 2: '解答|答疑' } },
  {
    id: 'online_posts',
    units: ['篇', '条', '期'],
    cues: { 3: '发布…(?:信息|文章|稿件)|推送|推文|刊发|刊登', 2: '公众号|微信|微博|抖音|新媒体|稿件' },
  },
  // The commission's own units are not reached by its publicity (05 南川 "系统50个下属单位利用宣传栏").
  {
    id: 'outreach_institutions',
    units: ['家', '所', '个'],
    excludes: /下属单位|直属单位|所属单位/,
    cues: { 3: '受益机构|受益单位|覆盖…(?:机构|单位)|惠及…(?:机构|单位)' },
    after: { 2: '宣传|普法|送法' },
  },
  { id: 'outreach_people', units: ['人', '人次'], cues: { 3: '受益群众|受益人群|受益人数', 2: '受益|惠及|覆盖…群众|参与群众' } },
  // 政务服务
  // Services are licences, approvals and registrations handled, also counted as 业务 (01 海宁 "消毒产品许可等业务
  // 5650件", 06 九龙坡 "办理行政审批业务8058件", 21 秦皇岛 "累计办理该项业务6771件"); a deputy's proposal
  // handled (人大意见、政协提案 … 主办/会办/牵头办件, 两代表一委员办件, 08 普陀) is not a service.
  {
    id: 'service_items',
    units: ['件', '项', '个', '宗'],
    excludes: /人大|政协|提案|议案|主办|会办|牵头办|两代表/,
    cues: {
      3: '政务服务事项|服务事项|审批事项|许可事项|办件|行政许可|办理…业务|(?:许可|审批|注册|登记|备案|校验)等?业务|(?:办理|受理|核发|发放|换发|延续|变更)…(?:许可证?|许可证件)',
      2: '政务服务|审批|许可证',
    },
  },
  { id: 'license_reminders', units: ['条', '次', '家', '户', '个'], cues: { 3: '提醒' } },
  { id: 'disclosure_requests', units: ['件', '条', '个'], cues: { 3: '依申请公开|信息公开申请' } },
  { id: 'major_decisions', units: ['项', '个', '件'], cues: { 3: '重大行政决策|重大决策' } },
  { id: 'emergencies_handled', units: ['起', '次', '件'], cues: { 3: '突发公共卫生事件|突发事件|处置…事件' } },
  { id: 'emergency_teams', units: ['支'], cues: { 3: '应急队伍|应急…(?:分队|小分队|队)' } },
];

/** Indicators reported "无…" / "未发生…" as zero, with the cues that name them. */
export const zeroRules: readonly { id: string; cue: string }[] = [
  { id: 'reconsideration_cases', cue: '行政复议|复议' },
  { id: 'litigation_cases', cue: '行政诉讼|行政应诉|诉讼|应诉' },
];
export const ZERO_NEGATION = '无|未发生|未出现|没有发生|没有|未有';

/** Indicators whose figures are broken down by domain (the golden `domain`). */
export const domainIndicators: ReadonlySet<string> = new Set([
  'supervised_entities',
  'inspections',
  'site_visits',
  'penalty_cases',
  'complaints_received',
  'publicity_events',
]);

/** Indicators that take a double-random scope (national, provincial, joint). */
export const scopedIndicators: ReadonlySet<string> = new Set([
  'random_tasks_assigned',
  'random_tasks_completed',
  'random_sampled_entities',
  'random_completion_rate',
  'random_publicity_rate',
  'penalty_cases',
  'fines_yuan',
  'confiscated_yuan',
]);

/**
 * Domain words in priority order: the first domain found wins (放射卫生医疗机构 is radiation,
 * 公共场所（饭店）未禁烟 is smoking). `other` names domains outside the list (妇幼, 中医).
 */
export const domainLexicon: readonly (readonly [Domain, RegExp])[] = [
  ['smoking', /禁烟|控烟|吸烟|无烟/],
  ['radiation', /放射|辐射/],
  ['occupational', /职业病|职业卫生|职业健康|职业危害|用人单位|尘肺/],
  ['infectious_disease', /传染病|艾滋病|结核|疫情|防控措施|新冠|病媒|手足口|流感|消毒隔离/],
  ['drinking_water', /饮用水|供水|水厂|水质|涉水/],
  ['disinfection_products', /消毒产品|消毒剂|餐饮具消毒|抑菌/],
  ['school', /学校|中小学|小学|中学|校园|幼儿园|托幼|托育|高校/],
  ['public_places', /公共场所|住宿|宾馆|酒店|美容美发|游泳|沐浴|浴室|理发|歌舞|影剧院/],
  ['other', /妇幼|母婴|(?<![其集])中医|计划生育|计生|献血|血站|预防接种|疫苗|精神卫生|养老/],
  ['medical', /医疗|医院|诊所|门诊|卫生院|卫生室|医师|护士|非法行医|口腔/],
];

/** Part of the double-random work a phrase names. */
export const scopeLexicon: readonly (readonly ['national' | 'provincial' | 'joint', RegExp])[] = [
  ['national', /国家[^，。；]{0,6}(?:双随机|随机|抽查|抽检|下达)|国家(?:级)?(?:监督)?(?:抽查)?任务|国抽/],
  ['provincial', /省[级厅委]?[^，。；]{0,6}(?:双随机|随机|抽查|抽检|下达)|省级(?:监督)?(?:抽查)?任务|省抽/],
  ['joint', /(?:联合|跨部门)[^，。；]{0,8}(?:双随机|随机|抽查|抽检)/],
];

/** Words that make a breakdown item a verb phrase, not a domain label ("办结58件"). */
export const ITEM_ACTION =
  /办结|完成|调解|调处|查实|核实|处置|结案|处理|化解|整改|回复|反馈|答复|移送|公示|发放|立案|收录|录入|发送|报送|上报|出动|下达|签订|制定|印发|召开|举办|检查|巡查/;
/** Words that mark the first item of a list as its total. */
export const TOTAL_WORD = /共|合计|累计|总计|全年|总数/;
