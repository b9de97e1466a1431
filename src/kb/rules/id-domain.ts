/** Catches `ID: api/x` with `Domain: network`: the id's first segment is the domain. */
import { defineRule } from '../../rule.js';
import { at, type KbRuleContext } from './context.js';

export const idDomain = defineRule<KbRuleContext>({
  id: 'kb/id-domain',
  severity: 'error',
  description: 'The first segment of an entry id equals its Domain',
  check(context, report) {
    const { id, domain } = context.file.entry;
    if (typeof id !== 'string' || typeof domain !== 'string' || !id.includes('/')) return;
    const idDomainPart = id.slice(0, id.indexOf('/'));
    if (idDomainPart === domain) return;
    report(at(context, '/domain', `Domain "${domain}" differs from the id's domain "${idDomainPart}"; make them equal`));
  },
});
