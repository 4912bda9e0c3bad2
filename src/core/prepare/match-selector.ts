/**
 * Site rules are CSS selectors, but running each as a query walks the whole page again, and
 * jsdom's selector engine is slow on attribute selectors. The compound selectors the rules use
 * (`tag#id.class[attr^="v"]`) compile here to a plain predicate the shared walk can call;
 * anything richer (combinators, pseudo-classes) falls back to one real query.
 */
export type ElementTest = (el: Element) => boolean;

const COMPOUND =
  /^([a-z][\w-]*)?((?:#[\w-]+|\.[\w-]+|\[[\w-]+(?:[~^$*]?=(?:"[^"]*"|[\w-]+))?\])*)$/i;
const PART = /#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:([~^$*]?=)(?:"([^"]*)"|([\w-]+)))?\]/gi;

function attrTest(name: string, op: string | undefined, value: string): ElementTest {
  return (el) => {
    const actual = el.getAttribute(name);
    if (actual === null) return false;
    switch (op) {
      case undefined:
        return true;
      case '=':
        return actual === value;
      case '^=':
        return value !== '' && actual.startsWith(value);
      case '$=':
        return value !== '' && actual.endsWith(value);
      case '*=':
        return value !== '' && actual.includes(value);
      default: // '~='
        return actual.split(/\s+/).includes(value);
    }
  };
}

interface Compound {
  /** The tag it requires, or else the attribute every matching element must carry. */
  gate: { tag: string } | { attr: string };
  test: ElementTest;
}

/** One compound selector, or null when it is not one. */
export function compileCompound(selector: string): Compound | null {
  const m = COMPOUND.exec(selector.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const tag = m[1]?.toLowerCase();
  const tests: ElementTest[] = [];
  let firstAttr = '';
  for (const part of (m[2] ?? '').matchAll(PART)) {
    const [name, op, value] =
      part[1] !== undefined
        ? ['id', '=', part[1]]
        : part[2] !== undefined
          ? ['class', '~=', part[2]]
          : [part[3]!.toLowerCase(), part[4], part[5] ?? part[6] ?? ''];
    firstAttr ||= name;
    tests.push(attrTest(name, op, value));
  }
  return {
    gate: tag ? { tag } : { attr: firstAttr },
    test: (el) => tests.every((test) => test(el)),
  };
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * A predicate for a selector list on `doc`. Compound selectors are grouped by the tag or
 * attribute they need, so an element costs one read per such attribute; the rest are queried
 * once, here, and looked up.
 */
export function compileSelectors(doc: Document, selectors: readonly string[]): ElementTest {
  const byTag = new Map<string, ElementTest[]>();
  const byAttr = new Map<string, ElementTest[]>();
  const queried: string[] = [];
  for (const selector of selectors) {
    const compound = compileCompound(selector);
    if (!compound) queried.push(selector);
    else if ('tag' in compound.gate) push(byTag, compound.gate.tag, compound.test);
    else push(byAttr, compound.gate.attr, compound.test);
  }
  const found = queried.length ? new Set(doc.querySelectorAll(queried.join(','))) : null;
  const gates = [...byAttr];
  return (el) => {
    if (found?.has(el)) return true;
    const tagged = byTag.get(el.localName);
    if (tagged?.some((test) => test(el))) return true;
    for (const [attr, tests] of gates) {
      if (el.hasAttribute(attr) && tests.some((test) => test(el))) return true;
    }
    return false;
  };
}
