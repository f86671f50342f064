/**
 * A number inside a web address ("https://github.com/scb-10x/apo", "www.site.org/v2x") is part of a name, not a
 * quantity. The address is the run of non-space characters around the number that holds a scheme, "www." or a domain
 * followed by a path.
 */
import type { Candidate, SentenceContext } from '../candidate.ts';

const ADDRESS = /(?:[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\b[\w-]+\.(?:com|org|net|io|ai|dev|edu|gov|co|me|info)\/)/i;

export function isInWebAddress(ctx: SentenceContext, c: Candidate): boolean {
  const space = ctx.abstract.lastIndexOf(' ', c.start);
  const start = Math.max(space + 1, ctx.sentence.start, c.start - 200);
  return ADDRESS.test(ctx.abstract.slice(start, c.start));
}
