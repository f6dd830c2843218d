/**
 * Filling a template sentence: "{agency} tiếp nhận hồ sơ của" with the agency's name. A
 * placeholder the renderer has no value for throws, so a template set that asks for a fact the
 * renderer does not know fails in tests instead of printing "{agecny}" on a citizen's slip.
 */
import { FormTemplateError } from './templates.js';

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) throw new FormTemplateError(`No value for {${name}} in "${template}"`);
    return value;
  });
}
