import { abcClassOf, classifyAbc } from '../abc-classes';

describe('ABC classes (Pareto: A to 80 %, B the next 15 %, C the rest)', () => {
  it('classes a key by the share held by the keys ranked before it', () => {
    expect(abcClassOf('0')).toBe('A');
    expect(abcClassOf('0.7999')).toBe('A');
    expect(abcClassOf('0.80')).toBe('B');
    expect(abcClassOf('0.9499')).toBe('B');
    expect(abcClassOf('0.95')).toBe('C');
  });

  it('ranks largest first and classes a hand-computed fixture', () => {
    // Total 1000: 500 (before 0 %), 300 (50 %), 100 (80 %), 60 (90 %), 30 (96 %), 10 (99 %).
    const classes = classifyAbc([
      { key: 'e', amount: '30' },
      { key: 'a', amount: '500' },
      { key: 'd', amount: '60' },
      { key: 'b', amount: '300' },
      { key: 'f', amount: '10' },
      { key: 'c', amount: '100' },
    ]);
    expect(classes.map((item) => `${item.key}:${item.abcClass}`)).toEqual([
      'a:A',
      'b:A',
      'c:B',
      'd:B',
      'e:C',
      'f:C',
    ]);
  });

  it('breaks ties by key and puts everything in C when there is no revenue', () => {
    expect(
      classifyAbc([
        { key: 'y', amount: '1' },
        { key: 'x', amount: '1' },
      ]).map((item) => item.key),
    ).toEqual(['x', 'y']);
    expect(classifyAbc([{ key: 'x', amount: '0' }])[0].abcClass).toBe('C');
  });
});
