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
    const h = this.h;
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case TEXT: {
          const lt = chunk.indexOf('<', i);
          const stop = lt < 0 ? n : lt;
          if (h.wantText && stop > i) {
            this.run += chunk.slice(i, stop);
            if (this.run.length + this.text.length > MAX_TEXT) throw new XmlError('text', this.local);
          }
          if (lt < 0) return;
          if (this.run !== '') {
            this.text += decodeXml(this.run);
            this.run = '';
          }
          i = lt + 1;
          this.state = LT;
          break;
        }
        case LT: {
          const c = chunk.charCodeAt(i);
          if (c === 33 /* ! */) {
            this.state = BANG;
            this.bang = '';
            i++;
          } else if (c === 63 /* ? */) {
            this.skipUntil('?>');
            i++;
          } else {
            if (this.text !== '') {
              const t = this.text;
              this.text = '';
              h.text(own(t));
            }
            this.name = '';
            if (c === 47 /* / */) {
              this.state = CLOSE;
              i++;
            } else this.state = NAME;
          }
          break;
        }
        case NAME: {
          let j = i;
          while (j < n) {
            const c = chunk.charCodeAt(j);
            if (c === 62 || c === 47 || c <= 32) break;
            j++;
          }
          this.name = this.name === '' ? chunk.slice(i, j) : this.name + chunk.slice(i, j);
          if (this.name.length > MAX_NAME) throw new XmlError('name', this.name.slice(0, 40));
          if (j === n) return;
          if (this.name === '') throw new XmlError('markup', '<');
          this.local = localName(this.name);
          this.wanted = h.withAttributes.has(this.local);
          this.raw = '';
          this.quote = 0;
          this.last = 0;
          this.state = ATTRS;
          i = j;
          break;
        }
        case ATTRS: {
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
          if (j === n) return;
          i = j + 1;
          this.state = TEXT;
          const selfClosing = this.last === 47;
          const attributes = this.wanted ? parseAttributes(this.raw) : NONE;
          this.raw = '';
          h.open(this.local, attributes);
          if (selfClosing) h.close(this.local);
          break;
        }
        case CLOSE: {
          const gt = chunk.indexOf('>', i);
          const stop = gt < 0 ? n : gt;
          this.name += chunk.slice(i, stop);
          if (this.name.length > MAX_NAME) throw new XmlError('name', this.name.slice(0, 40));
          if (gt < 0) return;
          i = gt + 1;
          this.state = TEXT;
          h.close(localName(this.name.trim()));
          break;
        }
        case BANG: {
          const b = (this.bang += chunk[i]!);
          i++;
          if (b === '--') this.skipUntil('-->');
          else if (b === '[CDATA[') {
            this.state = CDATA;
            this.cdata = '';
          } else if (b.length >= 7 || !('[CDATA['.startsWith(b) || '--'.startsWith(b) || 'DOCTYPE'.startsWith(b))) {
            throw new XmlError(b === 'DOCTYPE' ? 'doctype' : 'markup', `<!${b}`);
          }
          break;
        }
        case SKIP: {
          const term = this.term;
          if (this.tail !== '') {
            const joined = this.tail + chunk.slice(i, i + term.length - 1);
            const k = joined.indexOf(term);
            if (k >= 0) {
              i += k + term.length - this.tail.length;
              this.tail = '';
              this.state = TEXT;
              break;
            }
          }
          const k = chunk.indexOf(term, i);
          if (k >= 0) {
            i = k + term.length;
            this.tail = '';
            this.state = TEXT;
            break;
          }
          this.tail = (this.tail + chunk.slice(Math.max(i, n - term.length + 1))).slice(-(term.length - 1));
          return;
        }
        case CDATA: {
          const c = this.cdata;
          let content: string | undefined;
          if (c.endsWith(']]') && chunk.startsWith('>', i)) {
            content = c.slice(0, -2);
            i += 1;
          } else if (c.endsWith(']') && chunk.startsWith(']>', i)) {
            content = c.slice(0, -1);
            i += 2;
          } else {
            const k = chunk.indexOf(']]>', i);
            if (k < 0) {
              const rest = c + chunk.slice(i);
              this.cdata = h.wantText ? rest : rest.slice(-2);
              if (this.cdata.length + this.text.length > MAX_TEXT) throw new XmlError('text', this.local);
              return;
            }
            content = c + chunk.slice(i, k);
            i = k + 3;
          }
          this.cdata = '';
          this.state = TEXT;
          if (h.wantText) {
            this.text += content;
            if (this.text.length > MAX_TEXT) throw new XmlError('text', this.local);
          }
          break;
        }
      }
    }
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
