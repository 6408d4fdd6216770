/**
 * Text measuring and fitting for drawn labels. librsvg renders our text in
 * DejaVu Sans Bold or DejaVu Serif Bold; the advance widths below are read
 * from those fonts (per 1000 em, printable ASCII), so a line's width is known
 * before it is drawn and a label's text can be shrunk or wrapped to stay on
 * its label.
 */

export const SANS = 'DejaVu Sans, Arial, sans-serif';
export const SERIF = 'DejaVu Serif, Georgia, serif';

/* prettier-ignore */
const ADVANCE = {
  sans: [348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838],
  serif: [348, 439, 521, 838, 696, 950, 903, 306, 473, 473, 523, 838, 348, 415, 348, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 369, 369, 838, 838, 838, 586, 1000, 776, 845, 796, 867, 762, 710, 854, 945, 468, 473, 869, 703, 1107, 914, 871, 752, 871, 831, 722, 744, 872, 776, 1123, 776, 714, 730, 473, 365, 473, 838, 500, 500, 648, 699, 609, 699, 636, 430, 699, 727, 380, 362, 693, 380, 1058, 727, 667, 699, 699, 527, 563, 462, 727, 581, 861, 596, 581, 568, 643, 364, 643, 838],
};
/** Anything outside printable ASCII (×, é, …) is counted as a wide glyph. */
const OTHER = 1000;
export const LINE_HEIGHT = 1.18;

/** Width in px of `text` set in bold at `size` px. */
export function textWidth(text, size, font = 'sans') {
  const table = ADVANCE[font] ?? ADVANCE.sans;
  let units = 0;
  for (const ch of String(text)) {
    const code = ch.codePointAt(0);
    units += code >= 32 && code < 127 ? table[code - 32] : OTHER;
  }
  return (units * size) / 1000;
}

/** All ways to break `words` into `count` lines, keeping word order. */
function splits(words, count) {
  if (count === 1) return [[words.join(' ')]];
  const out = [];
  for (let i = 1; i <= words.length - count + 1; i++) {
    for (const rest of splits(words.slice(i), count - 1)) out.push([words.slice(0, i).join(' '), ...rest]);
  }
  return out;
}

/** Cuts `line` with an ellipsis so it is at most `w` wide. */
function truncate(line, w, size, font) {
  if (textWidth(line, size, font) <= w) return line;
  let cut = line;
  while (cut.length > 1 && textWidth(`${cut}…`, size, font) > w) cut = cut.slice(0, -1).trimEnd();
  return `${cut}…`;
}

/**
 * The largest font size (from `max` down to `min`) at which `text` fits a
 * `w` × `h` box in at most `maxLines` lines, with the most even line breaks.
 * If even `min` is too big, the text is set at `min` and cut with an ellipsis.
 * Returns { size, lines, fits }.
 * @param {string} text
 * @param {{ w: number, h: number, max?: number, min?: number, maxLines?: number, font?: string }} box
 * @returns {{ size: number, lines: string[], fits: boolean }}
 */
export function fitLines(text, { w, h, max = 56, min = 16, maxLines = 2, font = 'sans' }) {
  const words = String(text).trim().split(/\s+/).filter(Boolean);
  if (!words.length) return { size: max, lines: [], fits: true };
  for (let size = Math.floor(max); size >= min; size -= 1) {
    for (let count = 1; count <= Math.min(maxLines, words.length); count++) {
      if (count * size * LINE_HEIGHT > h) break;
      let best;
      for (const lines of splits(words, count)) {
        const widest = Math.max(...lines.map((line) => textWidth(line, size, font)));
        if (widest <= w && (!best || widest < best.widest)) best = { lines, widest };
      }
      if (best) return { size, lines: best.lines, fits: true };
    }
  }
  const size = Math.max(1, Math.min(min, h / LINE_HEIGHT));
  const count = Math.max(1, Math.min(maxLines, Math.floor(h / (size * LINE_HEIGHT))));
  const lines = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && (lines.length === count || textWidth(`${last} ${word}`, size, font) <= w)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return { size, lines: lines.map((line) => truncate(line, w, size, font)), fits: false };
}
