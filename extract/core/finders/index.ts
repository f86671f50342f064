/** All finders, run in this order over each candidate sentence; overlaps are settled by a refiner. */
import type { Finder } from '../candidate.ts';
import { findMultipliers } from './multipliers.ts';
import { findPercentages } from './percentages.ts';
import { findAbsolutes } from './absolutes.ts';
import { findMeasures } from './measures.ts';

export const FINDERS: readonly Finder[] = [findMultipliers, findPercentages, findAbsolutes, findMeasures];
