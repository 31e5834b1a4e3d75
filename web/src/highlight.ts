// Highlights over ad text. The API gives UTF-8 BYTE offsets; JavaScript strings are UTF-16. We walk the
// text once by code point, recording the UTF-16 index of every byte offset that starts a character, and
// cut the text into segments at every highlight boundary, each with the highlights that cover it.

export interface Mark<T> {
  start: number; // UTF-8 byte offset, inclusive
  end: number; // UTF-8 byte offset, exclusive
  data: T;
}

export interface Segment<T> {
  text: string;
  marks: T[];
}

/** Maps UTF-8 byte offsets of `text` to UTF-16 indexes; offsets inside a character round up. */
export function byteIndex(text: string): (byteOffset: number) => number {
  const starts: number[] = []; // byte offset at which each code point starts, by position in `units`
  const units: number[] = []; // UTF-16 index of each code point
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    starts.push(bytes);
    units.push(i);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  const totalBytes = bytes;
  return (offset: number) => {
    if (!(offset > 0)) return 0;
    if (offset >= totalBytes) return text.length;
    // first code point starting at or after the offset (binary search)
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < units.length ? units[lo] : text.length;
  };
}

/** The text cut at every mark boundary; each segment lists the marks covering it (in input order). */
export function segments<T>(text: string, marks: Mark<T>[]): Segment<T>[] {
  const toIndex = byteIndex(text);
  const spans = marks
    .map((m) => ({ from: toIndex(m.start), to: toIndex(m.end), data: m.data }))
    .filter((m) => m.to > m.from);
  const cuts = new Set<number>([0, text.length]);
  for (const m of spans) {
    cuts.add(m.from);
    cuts.add(m.to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const covering = spans.filter((m) => m.from <= from && m.to >= to).map((m) => m.data);
    out.push({ text: text.slice(from, to), marks: covering });
  }
  return out;
}
