/**
 * What went wrong, in Chinese, for people who are not programmers: the message of an
 * answer as a whole, and the messages of the fields it names (shown beside each field).
 */
import { ApiError, type FieldProblem } from './api';

/** Stable codes with a sentence of their own; the rest are said by their status. */
const CODES: Record<string, string> = {
  'AUTH.CREDENTIALS_WRONG': '用户名或密码不正确。',
  'AUTH.ACCOUNT_LOCKED': '连续输错密码次数过多，账号已暂时锁定。',
  'AUTH.ACCOUNT_DISABLED': '此账号已停用，请联系党委办公室。',
  'AUTH.INVITATION_INVALID': '邀请链接无效、已使用或已过期，请联系党委办公室重新发送。',
  'AUTH.SESSION_MISSING': '请先登录。',
  'AUTH.CSRF_INVALID': '页面已过期，请刷新后重试。',
  'AUTH.ROLE_WITHDRAWN': '您的账号目前没有分配角色，请联系党委办公室。',
  'AUTH.OIDC_FAILED': '统一身份认证登录未完成，请重试。',
  'AUTH.OIDC_UNKNOWN_ACCOUNT': '统一身份认证已通过，但本系统中没有您的账号，请联系党委办公室开通。',
  'AUTH.OIDC_UNAVAILABLE': '统一身份认证服务暂不可用，请稍后再试或使用密码登录。',
  'STREAM.VERSION_MISMATCH': '此记录已被他人修改。请刷新页面查看最新内容后再操作。',
  'STREAM.CONCURRENT_WRITE': '此记录刚刚被他人修改。请刷新页面查看最新内容后再操作。',
  'RATING.CODE_UNKNOWN': '评价码无效。请核对评价码，或重新扫描纸上的二维码。',
  'RATING.CODE_USED': '此评价码已经使用过，每个评价码只能评价一次。',
  'RATING.CLOSED': '本次评价已经结束。',
  'RATING.ALREADY_OPEN': '这件实事的群众评价正在进行中。',
  'RATING.OPEN': '群众评价正在进行中，请结束评价后再记录评价结果。',
  'RATING.NOT_OPEN': '这件实事还没有开启群众评价。',
  'RATING.CLOSES_AT_INVALID': '截止日期须在今天之后、90 天以内。',
  'RATING.CODES_UNAVAILABLE': '评价码无法重新生成（评价码密钥已更换），请联系党委办公室。',
  'SERVICE_TASK.NOT_COMPLETED': '实事办结后才能开启群众评价。',
  'FILE.TOO_LARGE': '文件太大，请压缩后再上传。',
  'FILE.TYPE_UNSUPPORTED': '只能上传照片（JPEG、PNG、HEIC）或 PDF 文件。',
  'CAMPAIGN.PERIOD_INVALID': '结束日期不能早于开始日期',
  'CAMPAIGN.CLOSED': '此项工作部署已结束，不能再修改。',
  'CAMPAIGN.NOT_DRAFT': '此项工作部署已发布，不能再次发布。',
  'CAMPAIGN.NOT_LAUNCHED': '此项工作部署尚未发布或已结束。',
  'CAMPAIGN.REASON_REQUIRED': '工作部署发布后调整需填写原因',
  'ASSIGNMENT.ALREADY_ASSIGNED': '此学会在本项工作中已有联系委员，请使用“调整联系委员”。',
  'ASSIGNMENT.NOT_ASSIGNED': '此学会在本项工作中尚未分配联系委员。',
  'SOCIETY.NAME_TAKEN': '已有同名学会',
  'SOCIETY.CREDIT_CODE_TAKEN': '已有学会使用此统一社会信用代码',
  'SOCIETY.DEREGISTERED': '此学会已注销。',
  'SOCIETY.INSTRUCTOR_IN_POST': '此学会已有党建指导员在任，请先召回再派驻。',
  'SOCIETY.NO_INSTRUCTOR': '此学会目前没有党建指导员在任。',
  'SOCIETY.RECALL_BEFORE_SENT': '召回日期不能早于派驻日期',
  'SOCIETY.SENT_BEFORE_RECALL': '派驻日期不能早于上一位党建指导员的召回日期',
  'MEMBER.RETIRED': '此委员已离任。',
  'ACCOUNT.LOGIN_TAKEN': '此用户名已被使用',
  'ACCOUNT.DISABLED': '此账号已停用，请先启用。',
  'IDEMPOTENCY.KEY_REUSED': '此操作已提交过，请刷新页面查看最新内容。',
  'LECTURE.NOT_SCHEDULED': '此宣讲已不在待宣讲状态，请刷新页面查看最新情况。',
  'LECTURE.NOT_DELIVERED': '此宣讲尚未记录宣讲情况或已确认，请刷新页面查看最新情况。',
  'LECTURE.RETURNED': '此记录已退回补充，需等联系委员修改后才能确认。',
  'LECTURE.SOCIETY_NOT_ASSIGNED': '您在本次工作部署中没有联系这个学会。',
  'LECTURE.LECTURER_NOT_ALLOWED': '宣讲人须是该学会的联系委员或宣讲专家。',
  'LECTURE.EVIDENCE_INVALID': '佐证材料有误，请重新上传。',
  'ORGANISATIONAL_LIFE.WITHDRAWN': '此记录已撤回，不能再更正或撤回。',
  'ORGANISATIONAL_LIFE.NO_PARTY_ORGANISATION':
    '学会尚未登记党组织，请联系党委办公室登记后再记录组织生活。',
  'STAR_RATING.ROUND_NOT_OPEN': '此评定批次目前不在自评阶段，不能提交自评。',
  'STAR_RATING.ROUND_NOT_IN_REVIEW': '此评定批次目前不在初评阶段。',
  'STAR_RATING.REVIEWER_IS_LIAISON':
    '您是该学会在已发布工作部署中的联系委员，按回避规定不能对该学会初评。',
  'STAR_RATING.REVIEWER_WROTE_SELF_ASSESSMENT':
    '该学会的自评是您填写的，按回避规定不能对该学会初评。',
  'STAR_RATING.ALREADY_DECIDED': '该学会的星级已经审议，初评已结束。',
  'STAR_RATING.NOT_FOUND': '该学会在此评定批次中还没有自评，暂不能初评。',
  'STAR_RATING.ROUND_NOT_PUBLISHED': '此评定批次尚未公布，不能摘星或调整星级。',
  'STAR_RATING.NOT_REVIEWED': '此学会尚无初评：请等待初评，或选择星级并填写审议理由。',
  'STAR_RATING.NOT_DECIDED': '此学会在本批次中没有审议星级。',
  'STAR_RATING.NO_STARS': '此学会目前没有星级，无需摘星。',
  'STAR_RATING_ROUND.NOT_DRAFT': '此评定批次已开始自评，评定方案不能再修改。',
  'STAR_RATING_ROUND.NOT_OPEN': '此评定批次不在自评阶段。',
  'STAR_RATING_ROUND.NOT_IN_REVIEW': '此评定批次不在初评阶段。',
  'STAR_RATING_ROUND.NOT_PUBLISHED': '此评定批次尚未公布。',
  'STAR_RATING_ROUND.NOTHING_TO_PUBLISH': '还没有审议任何学会的星级，暂不能公布。',
  'SOCIETY_INSPECTION.NOT_VISITED': '督导组尚未走访，暂不能报告整改。',
  'SOCIETY_INSPECTION.ITEM_ACCEPTED': '此整改事项已通过确认，无需再报告。',
  'SOCIETY_INSPECTION.CLOSED': '此次督导已结束，不能再报告整改。',
  'SOCIETY_INSPECTION.NOT_COMPLETE': '还有问题没有整改事项，或有整改事项尚未通过，暂不能结束督导。',
  'INSPECTION_BATCH.ALREADY_DRAWN': '此批次已经抽取过，不能再次抽取。',
  'INSPECTION_BATCH.NOT_DRAWN': '此批次尚未抽取。',
  'INSPECTION_BATCH.CLOSED': '此批次督导已结束，不能再修改。',
  'INSPECTION_BATCH.INSPECTIONS_OPEN': '还有抽查学会的督导没有结束，暂不能结束本批督导。',
  'INSPECTION_BATCH.POPULATION_EMPTY': '抽查范围内没有已登记的学会，无法抽取。',
  'INSPECTION_BATCH.SAMPLE_TOO_LARGE': '抽取数量不能多于抽查范围内的学会数。',
  'INSPECTION_BATCH.ALREADY_IN_SAMPLE': '此学会已在抽查名单中。',
  'VITALITY_WEIGHTS.SUM_NOT_100': '各项权重之和须为 100。',
  'LIFE_REQUIREMENTS.KIND_REPEATED': '同一种组织生活只能填写一次。',
};

const STATUSES: Record<number, string> = {
  0: '无法连接服务器，请检查网络后重试。',
  401: '登录已过期，请重新登录。',
  403: '您没有进行此项操作的权限。',
  404: '未找到所请求的记录，可能已被删除或您无权查看。',
  409: '此操作与现有记录冲突。',
  412: '此记录已被他人修改。请刷新页面查看最新内容后再操作。',
  413: '提交的内容太大。',
  422: '此操作不符合工作规则。',
  429: '操作过于频繁，请稍后再试。',
  503: '服务暂不可用，请稍后再试。',
};

/** Rules the API names for a field, said in Chinese; the API's own sentence otherwise. */
const RULES: Record<string, string> = {
  isDefined: '此项必填',
  isNotEmpty: '此项必填',
  minLength: '内容太短',
  maxLength: '内容太长',
  isUuid: '请从列表中选择',
  isInt: '请输入整数',
  min: '数值太小',
  max: '数值太大',
  isDateString: '请输入有效日期',
  isIso8601: '请输入有效的日期或时间',
  notNull: '此项必填',
  isIn: '请从列表中选择',
  isEnum: '请从列表中选择',
  matches: '格式不正确',
  isLength: '长度不符合要求',
  isString: '请输入文字',
  isNumber: '请输入数字',
  isBoolean: '请选择是或否',
  isArray: '请选择',
  whitelistValidation: '不能填写此项',
  'DATE.INVALID': '请输入有效日期',
  'INSTANT.INVALID': '请输入有效的日期和时间',
  'NUMBER.OUT_OF_RANGE': '数值超出允许范围',
  'TEXT.EMPTY': '此项必填',
  'TEXT.TOO_LONG': '内容太长',
  'ORGANISATIONAL_LIFE.PRESENT_ABOVE_EXPECTED': '实到人数不能多于应到人数',
  'ORGANISATIONAL_LIFE.HELD_IN_FUTURE': '召开日期不能晚于今天',
  'STAR_RATING.ITEM_MISSING': '每一项都需要评分',
  'STAR_RATING.ITEM_REPEATED': '此项重复评分',
  'STAR_RATING.CRITERION_UNKNOWN': '本批次没有此项评分细则',
  'STAR_RATING.REASON_REQUIRED': '审议星级与按标准得出的星级不同，须填写理由',
  'STAR_RATING.EFFECTIVE_TOO_EARLY': '生效日期不能早于公布日期或上一次变更的生效日期',
  'STAR_RATING_ROUND.CRITERION_CODE_REPEATED': '编号与前面的细则重复',
  'STAR_RATING_ROUND.THRESHOLDS_NOT_EIGHT': '须填写一星至八星的最低总分',
  'STAR_RATING_ROUND.THRESHOLDS_NOT_INCREASING': '须高于下一级星级的最低总分',
  'STAR_RATING_ROUND.THRESHOLD_ABOVE_MAXIMUM': '不能超过评分细则的合计满分',
  'LIST.LENGTH_OUT_OF_RANGE': '数量超出允许范围',
  isISO8601: '请输入有效日期',
  arrayMinSize: '至少填写一项',
};

/** Where the general wording of a rule would not say enough, the field's own. */
const FIELD_RULES: Record<string, string> = {
  'password.isLength': '密码需为 10 到 200 个字符',
  'login.matches': '用户名只能包含字母、数字和 . _ @ -，长度 3 到 64 个字符',
  'expected.min': '应到人数至少为 1',
};

/** The sentence of a stable code, when the pages have one (e.g. from a redirect's query). */
export function messageOfCode(code: string): string | null {
  return CODES[code] ?? null;
}

export function messageOf(error: unknown): string {
  if (!(error instanceof ApiError)) return `页面出错：${String(error)}`;
  const known = CODES[error.code];
  if (known) {
    const wait = error.problem?.retryAfterSeconds;
    return wait ? `${known}请 ${Math.ceil(wait / 60)} 分钟后再试。` : known;
  }
  if (error.status === 400) return '填写的内容有误，请按提示修改。';
  if (error.status === 422 && error.problem?.detail)
    return `${STATUSES[422]}（${error.problem.detail}）`;
  return STATUSES[error.status] ?? `请求失败（${error.status}），请稍后重试。`;
}

function fieldMessage(problem: FieldProblem): string {
  return (
    FIELD_RULES[`${problem.field}.${problem.rule}`] ??
    RULES[problem.rule] ??
    CODES[problem.rule] ??
    problem.message
  );
}

/** The messages of the fields an answer names, by field name (the first per field). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const problem of error.problem?.errors ?? []) {
    errors[problem.field] ??= fieldMessage(problem);
  }
  return errors;
}
