import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { runInMemory as run } from '../helpers/cli.js';

// Hand-overs of one province's year (issue 23) that failed, each step in its own test, on what evaluate writes for
// three communes of Đồng Tháp (province 82) on the list of 1 July 2025 (Công văn 1027/CTK-CSCL,
// data/units/): 28261 Phường Mỹ Tho, 28426 Xã Thanh Hưng, 28429 Xã An Hữu.

const RULES = 'learning-family-khvn-2021';
const sheet = (province: string, communeHeading = 'Xã', provinceHeading = 'Tỉnh') =>
  [
    `Mã phiếu;${provinceHeading};${communeHeading};Thôn;children.results`,
    `MT-01;${province};28261;Ấp 1;8`,
    `TH-01;${province};28426;Ấp 1;8`,
    `AH-01;${province};28429;Ấp 1;8`,
  ].join('\r\n');

describe('hand-overs found failing by the year journey', () => {
  it('template --keep "Mã tỉnh,Mã xã" → evaluate → rollup: the commune code columns are read', async () => {
    const e = await run(['evaluate', '-r', RULES, '-i', 'phieu.csv', '--keep', 'Mã tỉnh,Mã xã,Thôn', '-o', 'kq.csv'], { 'phieu.csv': sheet('82', 'Mã xã', 'Mã tỉnh') });
    expect(e.code).toBe(0);
    const r = await run(['-f', 'csv', 'rollup', '-i', 'kq.csv', '--level', 'commune'], { 'kq.csv': (await evaluated(sheet('82', 'Mã xã', 'Mã tỉnh'), 'Mã tỉnh,Mã xã,Thôn')) });
    // Was: exit 2, "dòng 2, commune: cần mã tỉnh và mã xã", though the columns headed "Mã tỉnh" and "Mã xã" are there.
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('28261');
  });

  it('rollup --level hamlet: hamlets of the same name in three communes are told apart', async () => {
    const r = await run(['-f', 'csv', 'rollup', '-i', 'kq.csv', '--level', 'hamlet'], { 'kq.csv': await evaluated(sheet('82'), 'Tỉnh,Xã,Thôn') });
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').slice(1);
    expect(lines).toHaveLength(3);
    // Was: three identical rows "Ấp 1,VN-45,Gia đình học tập,1,0,"0,00"", with no commune column.
    for (const code of ['28261', '28426', '28429']) expect(r.out).toContain(code);
  });
});

async function evaluated(csv: string, keep: string): Promise<string> {
  const io = memoryIo({ 'phieu.csv': csv });
  await runCli(['evaluate', '-r', RULES, '-i', 'phieu.csv', '--keep', keep, '-o', 'kq.csv'], io);
  return io.written()['kq.csv']!;
}
