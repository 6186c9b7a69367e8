import { describe, expect, it } from 'vitest';
import { renderDemo } from '../../examples/demo.js';

// Figures: the 100-point family sheet of QĐ 448/QĐ-KHVN (Mục A) and its 80-point threshold (marked uncertain);
// 85 is the demo fork's own illustrative threshold (examples/data/dong-thap-family-fork.json).
describe('npm run demo', () => {
  const report = renderDemo();

  it('scores all four models in both languages, one of them failing', () => {
    for (const id of ['learning-family-khvn-2021', 'learning-clan-khvn-2021', 'learning-community-hamlet-khvn-2021', 'learning-unit-grassroots-khvn-2021']) {
      expect(report).toContain(`[${id}]`);
    }
    expect(report).toContain('Hộ bà Trần Thị Bình (ấp Tân Hòa) — Gia đình học tập [learning-family-khvn-2021]\nCHƯA ĐẠT: 45/100 điểm');
    expect(report).toContain('Hộ bà Trần Thị Bình (ấp Tân Hòa) — Learning family [learning-family-khvn-2021]\nNOT RECOGNISED: 45/100 points');
    expect(report).toContain('Tổng hợp: 4/5 phiếu đạt danh hiệu.');
    expect(report).toContain('Summary: 4/5 assessments recognised.');
  });

  it('shows the province fork’s differences and scores under it', () => {
    expect(report).toContain('Kết quả › Điều kiện “Tổng điểm tối thiểu để được công nhận” › Điểm: 80 → 85');
    expect(report).toContain('Outcome › Rule “Minimum total for recognition” › Points: 80 → 85');
    expect(report).toContain('Thêm Tiêu chí “Học tập của người lớn trong gia đình” › Chỉ báo “Số sách đọc bình quân mỗi người mỗi năm”');
    expect(report).toContain('CHƯA ĐẠT: 81/100 điểm');
    expect(report).toContain('Total of 81/100 points is below the minimum of 85');
  });

  it('rolls a commune up from its grass-roots counts and says who recognises it and until when (TT 25/2023)', () => {
    // 6 of 9 hamlets (66.7 %) is below the level-2 band (70 %, uncertain), so the commune stays at level 1.
    expect(report).toContain('Xã Mỹ Hiệp (ví dụ minh họa) — Cộng đồng học tập cấp xã [learning-community-commune-tt25-2023]\nĐẠT · Xếp loại: Mức độ 1 (Khá)');
    expect(report).toContain('↑ effects.learning-hamlets: Cộng đồng học tập (cấp thôn, ấp, bản, tổ dân phố): 6 được công nhận / 9 được đánh giá → 6/9 (tổng số trên địa bàn)');
    expect(report).toContain('Quyết định công nhận: Trưởng Phòng Giáo dục và Đào tạo cấp huyện');
    expect(report).toContain('Dossier due: 2025-02-28 · Decision due: 2025-03-31');
    expect(report).toContain('kept for 3 years after the year of recognition, to 31/12/2028 inclusive');
  });

  it('compares the commune with Đồng Tháp’s 2025 targets (seed 001: 90 % families) and checks Long An’s 258 copies (seed 000)', () => {
    expect(report).toContain('✗ Gia đình được công nhận “Gia đình học tập”: 812/1.043 = 77,85%, chỉ tiêu 90% năm 2025 cần ít nhất 939 — còn thiếu 127');
    expect(report).toContain('✓ 37 + 2 + 1 + 15 × 1 + 15 × 1 + 188 × 1 = 258 — khớp với số liệu 258');
    expect(report).toContain('the stated 77.9% matches under round half up or round half to even or round up (ceiling)');
  });

  it('cites the legal basis of each failure', () => {
    expect(report).toMatch(/Căn cứ: Bộ tiêu chí đánh giá, công nhận .* giai đoạn 2021–2030 của Hội Khuyến học Việt Nam/);
    expect(report).toMatch(/Basis: Criteria for recognising .* 2021–2030, Vietnam Association for Promoting Education/);
  });
});
