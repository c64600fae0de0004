import fc from 'fast-check';
import { closest, SuggestionIndex } from '../../src/util/strings.js';

/** Names shaped like an estate's: site prefix, role, number. */
function estateNames(count: number): string[] {
  const roles = ['WEB', 'APP', 'SQL', 'FILE', 'DC', 'PRINT', 'RDS', 'IIS', 'EXCH', 'SCCM', 'WSUS'];
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const site = `S${String(1 + Math.floor(i / 50)).padStart(4, '0')}`;
    names.push(`${site}-${roles[i % roles.length]}${String(1 + (i % 50)).padStart(2, '0')}`);
  }
  return names;
}

describe('SuggestionIndex', () => {
  it('gives the same hint as a scan of every name, on random names and words', () => {
    const alphabet = fc.constantFrom(...'ab-01é'.split(''));
    const word = fc.string({ unit: alphabet, maxLength: 9 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 64, maxLength: 400 }),
        fc.array(word, { maxLength: 30 }),
        (names, words) => {
          const index = new SuggestionIndex(names);
          // Words near the names too, not only random ones.
          const near = names.slice(0, 20).map((n, i) => (i % 2 ? n.slice(1) : `${n}x`));
          for (const w of [...words, ...near]) expect(index.closest(w)).toBe(closest(w, names));
        },
      ),
      { numRuns: 100, seed: 16 },
    );
  });

  it('gives the same hint as a scan for typos of every kind in estate names', () => {
    const names = estateNames(5000);
    const index = new SuggestionIndex(names);
    const typos = [
      'S0007-SQL3', // dropped character
      'S0007-SQL033', // inserted character
      'S0070-WEB01', // swapped digits (two edits)
      's0012-file04', // case only
      'S0012-FLIE04', // transposition
      'S0099-EXCH5O', // letter for digit
      'S0099-EXCH-50', // inserted separator
      'S0099-XCH50', // dropped letter
      'S0099', // far from everything
      'NOPE-NOTHING-HERE', // far from everything
    ];
    for (const typo of typos) expect(index.closest(typo)).toBe(closest(typo, names));
  });

  it('finds the intended name among 100,000', () => {
    const names = estateNames(100000);
    expect(names.slice(24952, 24954)).toEqual(['S0500-DC03', 'S0500-PRINT04']);
    const index = new SuggestionIndex(names);
    // One edit from exactly one name: that name, whatever the case.
    expect(index.closest('S0500-DC03X')).toBe('S0500-DC03');
    expect(index.closest('s0500-dc0')).toBe('S0500-DC03');
    expect(index.closest('S0500-PRNT04')).toBe('S0500-PRINT04');
    // Two edits, and nothing nearer.
    expect(index.closest('S0500-PIRNT04')).toBe('S0500-PRINT04');
    // One edit from two names (S0500-DC03, S0500-DC36): no hint, as closest gives none.
    expect(index.closest('S0500-DC3')).toBeUndefined();
    expect(closest('S0500-DC3', names)).toBeUndefined();
  });

  it('scans small lists', () => {
    const index = new SuggestionIndex(['vSwitch-VM', 'vSwitch-MGMT']);
    expect(index.closest('vSwitch-V')).toBe('vSwitch-VM');
    expect(index.closest('unrelated')).toBeUndefined();
  });
});
