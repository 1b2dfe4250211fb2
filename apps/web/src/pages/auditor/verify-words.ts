/** What verify found, said plainly: each problem by its kind, its record and its file. */
import { streamKind } from './audit-words';

export interface VerifyProblem {
  readonly kind: string;
  readonly streamId: string;
  readonly seq: number | null;
  readonly commitId: string | null;
  readonly message: string;
  readonly file?: {
    readonly name: string;
    readonly expectedSha256: string;
    readonly actualSha256: string | null;
  };
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly streams: number;
  readonly commits: number;
  /** The evidence files the events name; absent where the api does not check files. */
  readonly files?: number;
  readonly seal: { readonly sealId: string; readonly sealedAt: string } | null;
  readonly problems: readonly VerifyProblem[];
}

const KINDS: Record<string, string> = {
  'missing-commit': '提交缺失',
  'missing-stream': '整条记录缺失',
  'broken-link': '哈希链断裂',
  altered: '内容被改动',
  'wrong-id': '提交编号与内容不符',
  'out-of-order': '提交顺序错乱',
  'seal-heads-altered': '封存记录被改动',
  'file-missing': '佐证文件缺失',
  'file-altered': '佐证文件被替换或改动',
};

const EXPLANATIONS: Record<string, string> = {
  'missing-commit': '该记录中有提交被删除，历史不再完整。',
  'missing-stream': '封存时存在的记录已整条消失。',
  'broken-link': '提交所记的“前一提交哈希值”与前一提交不符，历史被插入、删除或调换。',
  altered: '提交的内容与其哈希值（或封存时的哈希值）不符，内容在记录后被改动。',
  'wrong-id': '提交存放的位置与其内容所属的记录或序号不符。',
  'out-of-order': '提交出现在同一记录更晚的提交之后，或出现了两次。',
  'seal-heads-altered': '封存时保存的各记录末端与封存事件所记的根哈希不符。',
  'file-missing': '事件引用的佐证文件已不在文件库中。',
  'file-altered': '文件库中该文件的内容已不是事件记录时的内容。',
};

export const kindName = (kind: string): string => KINDS[kind] ?? kind;
export const kindExplanation = (kind: string): string => EXPLANATIONS[kind] ?? '';

/** Where the problem is: the record, and the commit when the problem has one. */
export function problemPlace(problem: VerifyProblem): string {
  const record = `${streamKind(problem.streamId)} ${problem.streamId}`;
  return problem.seq === null ? record : `${record} 的第 ${problem.seq} 次提交`;
}
