import { isLikelyDuplicate, NAME_SIMILARITY_THRESHOLD, scoreDuplicate } from '../duplicate-score';

const none = { sameEmail: false, samePhone: false, nameSimilarity: 0 };

describe('scoreDuplicate', () => {
  it('scores nothing in common as 0, with no reasons', () => {
    expect(scoreDuplicate(none)).toEqual({ score: 0, reasons: [] });
    expect(isLikelyDuplicate(scoreDuplicate(none))).toBe(false);
  });

  it('takes a shared email or phone alone as a likely duplicate', () => {
    expect(scoreDuplicate({ ...none, sameEmail: true })).toEqual({ score: 0.9, reasons: ['EMAIL'] });
    expect(scoreDuplicate({ ...none, samePhone: true })).toEqual({ score: 0.8, reasons: ['PHONE'] });
    expect(isLikelyDuplicate(scoreDuplicate({ ...none, samePhone: true }))).toBe(true);
  });

  it('counts a name only from the similarity threshold on, growing with the similarity', () => {
    const below = scoreDuplicate({ ...none, nameSimilarity: NAME_SIMILARITY_THRESHOLD - 0.01 });
    const at = scoreDuplicate({ ...none, nameSimilarity: NAME_SIMILARITY_THRESHOLD });
    const same = scoreDuplicate({ ...none, nameSimilarity: 1 });
    expect(below).toEqual({ score: 0, reasons: [] });
    expect(at.reasons).toEqual(['NAME']);
    expect(isLikelyDuplicate(at)).toBe(true);
    expect(same.score).toBeGreaterThan(at.score);
  });

  it('combines independent evidence so that more of it ranks higher but never above 1', () => {
    const all = scoreDuplicate({ sameEmail: true, samePhone: true, nameSimilarity: 1 });
    expect(all.reasons).toEqual(['EMAIL', 'NAME', 'PHONE']);
    expect(all.score).toBeGreaterThan(scoreDuplicate({ ...none, sameEmail: true, samePhone: true }).score);
    expect(all.score).toBeLessThanOrEqual(1);
    // 1 − (1 − 0.9)(1 − 0.8) = 0.98
    expect(scoreDuplicate({ ...none, sameEmail: true, samePhone: true }).score).toBe(0.98);
  });

  it('clamps similarities outside 0–1', () => {
    expect(scoreDuplicate({ ...none, nameSimilarity: 7 }).score).toBe(0.85);
  });
});
