/**
 * A small streaming XML tokenizer for the parts of an `.xlsx`: it is handed the text in pieces as they are unpacked,
 * and tells its handler of each element opened and closed and of the text the handler asks for. A state machine over
 * the characters, kept between pieces: each character is looked at a bounded number of times, no regular expression
 * is used, and nothing grows with the depth of the elements (it keeps no stack: a million nested elements cost what a
 * million siblings do). Only the attributes of the elements the handler names are read, each tag's at most
 * {@link MAX_TAG} characters; only the text the handler asks for is kept, at most {@link MAX_TEXT} characters in one
 * piece. Entities (`&lt; &gt; &amp; &quot; &apos; &#NN; &#xNN;`) are decoded; a DOCTYPE is refused, so no entity is
 * ever defined by the file.
 */

/** The attributes of an element, by local name (`r:id` → `id`). */
export type Attributes = Readonly<Record<string, string>>;

/** What reads one part: told of elements (by local name, `x:row` → `row`) and of the text it wants. */
export interface XmlHandler {
  /** The elements whose attributes are read; the others are given none. */
  readonly withAttributes: ReadonlySet<string>;
  /** Whether the text from here on is wanted; the handler sets it as elements open and close. */
  wantText: boolean;
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  /** Text wanted, whole (between two tags), its entities decoded. */
  text(text: string): void;
}

/** The longest element name read. */
export const MAX_NAME = 1024;
/** The longest tag whose attributes are read, in characters. */
export const MAX_TAG = 65_536;
/** The longest text kept in one piece (a cell's value, a shared string), in characters: 256 times Excel's 32,767. */
export const MAX_TEXT = 8 * 1024 * 1024;

/** Why XML could not be read. */
export class XmlError extends Error {
  constructor(
    readonly kind: 'name' | 'tag' | 'text' | 'doctype' | 'markup' | 'truncated',
    readonly element: string,
  ) {
    super(`${kind} ${element}`);
  }
}

const TEXT = 0;
const LT = 1;
const NAME = 2;
const ATTRS = 3;
const CLOSE = 4;
const BANG = 5;
const SKIP = 6;
const CDATA = 7;

const NONE: Attributes = Object.freeze(Object.create(null) as Record<string, string>);

/**
 * A copy of `s` that does not hold on to the piece of text it was cut from: V8 keeps a cut of 13 characters or more as
 * a view of the whole piece (up to megabytes), which a shared string or a cell's text would keep alive.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** `x:row` → `row`. */
function localName(name: string): string {
  const k = name.indexOf(':');
  return k < 0 ? name : name.slice(k + 1);
}

export class XmlReader {
  private state = TEXT;
  /** The name of the tag being read. */
  private name = '';
  private local = '';
  private wanted = false;
  /** The attributes of a wanted tag, as written. */
  private raw = '';
  /** The quote a tag is inside (0 when none). */
  private quote = 0;
  /** The last character of the tag being read (a `/` before `>` closes it). */
  private last = 0;
  /** Text (not CDATA) since the last markup, its entities not yet decoded. */
  private run = '';
  /** Wanted text since the last element tag, decoded. */
  private text = '';
  /** The start of markup after `<!`. */
  private bang = '';
  /** What ends the markup skipped (`-->`, `?>`), and the end of the last piece that may begin it. */
  private term = '';
  private tail = '';
  /** CDATA being read: its text when wanted, else its last two characters. */
  private cdata = '';

  constructor(private readonly h: XmlHandler) {}

  /** Reads the next piece of the text. @throws XmlError */
  write(chunk: string): void {
    const n = chunk.length;
    let i = 0;
    // Each step reads from i in its state and returns where the next one starts (n when the piece is used up).
    while (i < n) {
      switch (this.state) {
        case TEXT:
          i = this.readText(chunk, i);
          break;
        case LT:
          i = this.readMarkupStart(chunk, i);
          break;
        case NAME:
          i = this.readName(chunk, i);
          break;
        case ATTRS:
          i = this.readAttributes(chunk, i);
          break;
        case CLOSE:
          i = this.readClosingTag(chunk, i);
          break;
        case BANG:
          i = this.readBang(chunk, i);
          break;
        case SKIP:
          i = this.skip(chunk, i);
          break;
        case CDATA:
          i = this.readCdata(chunk, i);
          break;
      }
    }
  }

  /** Text up to the next `<`: kept (up to {@link MAX_TEXT}) when the handler wants it, its entities decoded there. */
  private readText(chunk: string, i: number): number {
    const n = chunk.length;
    const lt = chunk.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (this.h.wantText && stop > i) {
      this.run += chunk.slice(i, stop);
      if (this.run.length + this.text.length > MAX_TEXT) throw new XmlError('text', this.local);
    }
    if (lt < 0) return n;
    if (this.run !== '') {
      this.text += decodeXml(this.run);
      this.run = '';
    }
    this.state = LT;
    return lt + 1;
  }

  /** The character after `<`: markup (`<!`), a processing instruction (skipped), a closing tag or an element's name. */
  private readMarkupStart(chunk: string, i: number): number {
    const c = chunk.charCodeAt(i);
    if (c === 33 /* ! */) {
      this.state = BANG;
      this.bang = '';
      return i + 1;
    }
    if (c === 63 /* ? */) {
      this.skipUntil('?>');
      return i + 1;
    }
    if (this.text !== '') {
      const t = this.text;
      this.text = '';
      this.h.text(own(t));
    }
    this.name = '';
    if (c === 47 /* / */) {
      this.state = CLOSE;
      return i + 1;
    }
    this.state = NAME;
    return i;
  }

  /** An element's name (up to {@link MAX_NAME}); at its end, whether its attributes are wanted. */
  private readName(chunk: string, i: number): number {
    const n = chunk.length;
    let j = i;
    while (j < n) {
      const c = chunk.charCodeAt(j);
      if (c === 62 || c === 47 || c <= 32) break;
      j++;
    }
    this.name = this.name === '' ? chunk.slice(i, j) : this.name + chunk.slice(i, j);
    if (this.name.length > MAX_NAME) throw new XmlError('name', this.name.slice(0, 40));
    if (j === n) return n;
    if (this.name === '') throw new XmlError('markup', '<');
    this.local = localName(this.name);
    this.wanted = this.h.withAttributes.has(this.local);
    this.raw = '';
    this.quote = 0;
    this.last = 0;
    this.state = ATTRS;
    return j;
  }

  /** The rest of a tag up to its `>` outside quotes, kept (up to {@link MAX_TAG}) when wanted; then the element is opened. */
  private readAttributes(chunk: string, i: number): number {
    const n = chunk.length;
    let j = i;
    let q = this.quote;
    while (j < n) {
      const c = chunk.charCodeAt(j);
      if (q !== 0) {
        if (c === q) q = 0;
      } else if (c === 62 /* > */) break;
      else if (c === 34 || c === 39) q = c;
      j++;
    }
    this.quote = q;
    if (j > i) {
      this.last = chunk.charCodeAt(j - 1);
      if (this.wanted) {
        this.raw += chunk.slice(i, j);
        if (this.raw.length > MAX_TAG) throw new XmlError('tag', this.local);
      }
    }
    if (j === n) return n;
    this.state = TEXT;
    const selfClosing = this.last === 47;
    const attributes = this.wanted ? parseAttributes(this.raw) : NONE;
    this.raw = '';
    this.h.open(this.local, attributes);
    if (selfClosing) this.h.close(this.local);
    return j + 1;
  }

  /** A closing tag's name (up to {@link MAX_NAME}) up to its `>`; then the element is closed. */
  private readClosingTag(chunk: string, i: number): number {
    const n = chunk.length;
    const gt = chunk.indexOf('>', i);
    const stop = gt < 0 ? n : gt;
    this.name += chunk.slice(i, stop);
    if (this.name.length > MAX_NAME) throw new XmlError('name', this.name.slice(0, 40));
    if (gt < 0) return n;
    this.state = TEXT;
    this.h.close(localName(this.name.trim()));
    return gt + 1;
  }

  /** One character after `<!`: a comment (skipped) or CDATA once known; a DOCTYPE or anything else is refused. */
  private readBang(chunk: string, i: number): number {
    const b = (this.bang += chunk[i]!);
    if (b === '--') this.skipUntil('-->');
    else if (b === '[CDATA[') {
      this.state = CDATA;
      this.cdata = '';
    } else if (b.length >= 7 || !('[CDATA['.startsWith(b) || '--'.startsWith(b) || 'DOCTYPE'.startsWith(b))) {
      throw new XmlError(b === 'DOCTYPE' ? 'doctype' : 'markup', `<!${b}`);
    }
    return i + 1;
  }

  /** Skipped markup up to its end (`-->`, `?>`), found across pieces through the last characters of the one before. */
  private skip(chunk: string, i: number): number {
    const n = chunk.length;
    const term = this.term;
    if (this.tail !== '') {
      const joined = this.tail + chunk.slice(i, i + term.length - 1);
      const k = joined.indexOf(term);
      if (k >= 0) {
        const next = i + k + term.length - this.tail.length;
        this.tail = '';
        this.state = TEXT;
        return next;
      }
    }
    const k = chunk.indexOf(term, i);
    if (k >= 0) {
      this.tail = '';
      this.state = TEXT;
      return k + term.length;
    }
    this.tail = (this.tail + chunk.slice(Math.max(i, n - term.length + 1))).slice(-(term.length - 1));
    return n;
  }

  /** CDATA up to its `]]>`, found across pieces; kept (up to {@link MAX_TEXT}) when the handler wants text. */
  private readCdata(chunk: string, i: number): number {
    const c = this.cdata;
    let content: string | undefined;
    let next = i;
    if (c.endsWith(']]') && chunk.startsWith('>', i)) {
      content = c.slice(0, -2);
      next = i + 1;
    } else if (c.endsWith(']') && chunk.startsWith(']>', i)) {
      content = c.slice(0, -1);
      next = i + 2;
    } else {
      const k = chunk.indexOf(']]>', i);
      if (k < 0) {
        const rest = c + chunk.slice(i);
        this.cdata = this.h.wantText ? rest : rest.slice(-2);
        if (this.cdata.length + this.text.length > MAX_TEXT) throw new XmlError('text', this.local);
        return chunk.length;
      }
      content = c + chunk.slice(i, k);
      next = k + 3;
    }
    this.cdata = '';
    this.state = TEXT;
    if (this.h.wantText) {
      this.text += content;
      if (this.text.length > MAX_TEXT) throw new XmlError('text', this.local);
    }
    return next;
  }

  /** The end of the text. @throws XmlError when it ends inside markup. */
  end(): void {
    if (this.state !== TEXT) throw new XmlError('truncated', this.local);
  }

  private skipUntil(term: string): void {
    this.state = SKIP;
    this.term = term;
    this.tail = '';
  }
}

/** The attributes of a tag, from what follows its name (`r="A1" t="s"`, perhaps ending in `/`). */
function parseAttributes(raw: string): Attributes {
  const out = Object.create(null) as Record<string, string>;
  const n = raw.length;
  let i = 0;
  while (i < n) {
    while (i < n && (raw.charCodeAt(i) <= 32 || raw.charCodeAt(i) === 47)) i++;
    if (i >= n) break;
    let j = i;
    while (j < n) {
      const c = raw.charCodeAt(j);
      if (c === 61 || c <= 32) break;
      j++;
    }
    const name = raw.slice(i, j);
    i = j;
    while (i < n && raw.charCodeAt(i) <= 32) i++;
    if (raw.charCodeAt(i) !== 61 /* = */) continue;
    i++;
    while (i < n && raw.charCodeAt(i) <= 32) i++;
    const q = raw.charCodeAt(i);
    let value: string;
    if (q === 34 || q === 39) {
      const close = raw.indexOf(q === 34 ? '"' : "'", i + 1);
      value = raw.slice(i + 1, close < 0 ? n : close);
      i = close < 0 ? n : close + 1;
    } else {
      j = i;
      while (j < n && raw.charCodeAt(j) > 32) j++;
      value = raw.slice(i, j);
      i = j;
    }
    const key = name.startsWith('xmlns:') ? name : localName(name);
    if (key !== '') out[key] = decodeXml(value);
  }
  return out;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The character of `&…;` (without `&` and `;`), or undefined for an unknown entity (kept as written). */
function entity(name: string): string | undefined {
  if (name.charCodeAt(0) !== 35 /* # */) return Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
  const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88;
  let code = 0;
  const from = hex ? 2 : 1;
  if (name.length <= from) return undefined;
  for (let k = from; k < name.length; k++) {
    const c = name.charCodeAt(k);
    const d = c >= 48 && c <= 57 ? c - 48 : hex && c >= 97 && c <= 102 ? c - 87 : hex && c >= 65 && c <= 70 ? c - 55 : -1;
    if (d < 0) return undefined;
    code = code * (hex ? 16 : 10) + d;
  }
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** Decodes the entities of XML text: `&lt; &gt; &amp; &quot; &apos; &#NN; &#xNN;` (others are kept as written). */
export function decodeXml(s: string): string {
  let at = s.indexOf('&');
  if (at < 0) return s;
  let out = '';
  let from = 0;
  while (at >= 0) {
    let semi = -1;
    for (let k = at + 1; k < s.length && k <= at + 10; k++) {
      if (s.charCodeAt(k) === 59 /* ; */) {
        semi = k;
        break;
      }
    }
    const ch = semi < 0 ? undefined : entity(s.slice(at + 1, semi));
    if (ch !== undefined) {
      out += s.slice(from, at) + ch;
      from = semi + 1;
      at = s.indexOf('&', from);
    } else at = s.indexOf('&', at + 1);
  }
  return out + s.slice(from);
}

/**
 * Decodes the `_xHHHH_` escapes Excel writes for characters XML cannot hold (`_x000D_` is a carriage return;
 * `_x005F_` a `_` that starts text looking like an escape), left to right and not overlapping.
 */
export function decodeExcelEscapes(s: string): string {
  let at = s.indexOf('_x');
  if (at < 0) return s;
  let out = '';
  let from = 0;
  while (at >= 0) {
    if (at + 7 <= s.length && s.charCodeAt(at + 6) === 95 /* _ */ && isHex(s, at + 2, at + 6)) {
      out += s.slice(from, at) + String.fromCharCode(parseInt(s.slice(at + 2, at + 6), 16));
      from = at + 7;
      at = s.indexOf('_x', from);
    } else at = s.indexOf('_x', at + 1);
  }
  return out + s.slice(from);
}

function isHex(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}
