import Decimal from 'decimal.js';
import { parseCurrency } from '@crm/db';
import { InputProblems, badUserInput } from '@crm/errors';

export type LevelBasis = 'POINTS' | 'SPEND';

/** One level of a programme; thresholds ascend, the member holds the highest one reached. */
export interface LoyaltyLevel {
  name: string;
  /** Qualifying points (basis POINTS) or lifetime spend in the programme's currency (basis SPEND). */
  threshold: string;
  pointsMultiplier: string;
  quoteDiscountPercent: string;
}

export interface LoyaltyProgrammeRules {
  name: string;
  currency: string;
  pointsPerUnit: string;
  levelBasis: LevelBasis;
  levels: LoyaltyLevel[];
  pointsExpiryMonths: number | null;
  autoEnroll: boolean;
  referralRewardPoints: number;
}

export interface LoyaltyProgrammeInput {
  name: string;
  currency: string;
  pointsPerUnit: string;
  levelBasis: LevelBasis;
  levels?: LoyaltyLevel[] | null;
  pointsExpiryMonths?: number | null;
  autoEnroll?: boolean | null;
  referralRewardPoints?: number | null;
}

const MAX_LEVELS = 20;

/** A decimal string with at most `decimals` places within [min, max]; its canonical form ("1.50" → "1.5"). */
export function parseDecimal(
  field: string,
  value: string,
  { min, max, decimals, above = false }: { min: number; max: number; decimals: number; above?: boolean },
): string {
  const shape = new RegExp(decimals === 0 ? '^\\d{1,15}$' : `^\\d{1,15}(\\.\\d{1,${decimals}})?$`);
  if (!shape.test(value)) {
    const form =
      decimals === 0
        ? 'a whole number such as "1000"'
        : `a decimal such as "1.5" with at most ${decimals} decimals`;
    throw badUserInput(field, `must be ${form} (got "${value}")`);
  }
  const number = new Decimal(value);
  if ((above ? number.lte(min) : number.lt(min)) || number.gt(max)) {
    throw badUserInput(
      field,
      `must be ${above ? 'above' : 'at least'} ${min} and at most ${max} (got "${value}")`,
    );
  }
  return number.toFixed();
}

function parseWholeNumber(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(field, `must be a whole number from ${min} to ${max} (got ${value})`);
  }
  return value;
}

function parseLevel(problems: InputProblems, level: LoyaltyLevel, basis: LevelBasis, path: string) {
  const name = level.name.trim();
  if (name.length < 1 || name.length > 50) problems.add(`${path}.name`, 'must be 1 to 50 characters');
  const threshold = problems.check(() =>
    parseDecimal(`${path}.threshold`, level.threshold, {
      min: 0,
      max: 1e12,
      decimals: basis === 'POINTS' ? 0 : 4,
    }),
  );
  const pointsMultiplier = problems.check(() =>
    parseDecimal(`${path}.pointsMultiplier`, level.pointsMultiplier, {
      min: 0,
      max: 100,
      decimals: 4,
      above: true,
    }),
  );
  const quoteDiscountPercent = problems.check(() =>
    parseDecimal(`${path}.quoteDiscountPercent`, level.quoteDiscountPercent, {
      min: 0,
      max: 100,
      decimals: 2,
    }),
  );
  return { name, threshold, pointsMultiplier, quoteDiscountPercent };
}

function parseLevels(problems: InputProblems, levels: LoyaltyLevel[], basis: LevelBasis, path: string) {
  if (levels.length > MAX_LEVELS) {
    problems.add(path, `must have at most ${MAX_LEVELS} levels (got ${levels.length})`);
    return [];
  }
  const parsed = levels.map((level, i) => parseLevel(problems, level, basis, `${path}[${i}]`));
  parsed.forEach((level, i) => {
    const previous = parsed[i - 1];
    if (
      i > 0 &&
      level.threshold &&
      previous.threshold &&
      !new Decimal(level.threshold).gt(previous.threshold)
    ) {
      problems.add(`${path}[${i}].threshold`, `must be above the previous level's ${previous.threshold}`);
    }
    if (parsed.findIndex((other) => other.name.toLowerCase() === level.name.toLowerCase()) !== i) {
      problems.add(`${path}[${i}].name`, `"${level.name}" is already the name of another level`);
    }
  });
  return parsed as LoyaltyLevel[];
}

/** Validates createLoyaltyProgramme's input; every invalid field is reported with its path. */
export function parseLoyaltyProgramme(input: LoyaltyProgrammeInput, path = 'input'): LoyaltyProgrammeRules {
  const problems = new InputProblems();
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200) problems.add(`${path}.name`, 'must be 1 to 200 characters');
  const currency = problems.check(() => parseCurrency(`${path}.currency`, input.currency));
  const pointsPerUnit = problems.check(() =>
    parseDecimal(`${path}.pointsPerUnit`, input.pointsPerUnit, {
      min: 0,
      max: 1e6,
      decimals: 4,
      above: true,
    }),
  );
  const levels = parseLevels(problems, input.levels ?? [], input.levelBasis, `${path}.levels`);
  const months = input.pointsExpiryMonths ?? null;
  const pointsExpiryMonths =
    months === null
      ? null
      : problems.check(() => parseWholeNumber(`${path}.pointsExpiryMonths`, months, 1, 120));
  const reward = input.referralRewardPoints ?? 0;
  const referralRewardPoints = problems.check(() =>
    parseWholeNumber(`${path}.referralRewardPoints`, reward, 0, 1_000_000),
  );
  problems.throwIfAny();
  return {
    name,
    currency: currency!,
    pointsPerUnit: pointsPerUnit!,
    levelBasis: input.levelBasis,
    levels,
    pointsExpiryMonths: pointsExpiryMonths ?? null,
    autoEnroll: input.autoEnroll ?? false,
    referralRewardPoints: referralRewardPoints!,
  };
}
