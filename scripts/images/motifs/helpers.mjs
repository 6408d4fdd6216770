/**
 * Shared pieces for the motif drawings: canvas size, a seeded random source,
 * the hue-shifted palette, backdrops, fitted text and a few recurring objects
 * (plain pack label, jar, plate, leaf, grains, irregular outlines). Packs live
 * in ./packs.mjs, producers' label looks in ./brands.mjs. Every function
 * returns an SVG fragment as a string.
 */

import { mulberry32, seedOf } from '../../lib/seeded-random.mjs';
import { fitLines, LINE_HEIGHT, SANS, SERIF } from './text.mjs';

export const WIDTH = 1600;
export const HEIGHT = 1200;
/** The table edge in product scenes. */
export const TABLE_Y = 840;

/** Deterministic pseudo-random numbers from a string seed. */
export const seeded = (seed) => mulberry32(seedOf(seed));

export function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
}

export const hsl = (h, s, l, a = 1) => `hsl(${(((h % 360) + 360) % 360).toFixed(0)} ${s}% ${l}%${a < 1 ? ` / ${a}` : ''})`;
/** Rounds for compact, stable SVG numbers. */
export const n = (v) => Number(v.toFixed(1));

/**
 * The drawing context handed to every motif: the palette derived from `hue`,
 * the label, a seeded random source and unique ids for gradients and clips.
 */
export function makeContext({ hue = 30, label = '', brand }, seed) {
  let counter = 0;
  const random = seeded(seed);
  return {
    hue,
    label,
    /** The producer's look (see ./brands.mjs). */
    brand,
    random,
    /** A random number in [min, max). */
    between: (min, max) => min + random() * (max - min),
    id: (name) => `${name}${++counter}`,
    // The wall follows the hue in soft pastel; the table stays warm wood whatever the hue.
    wall: [hsl(hue + 12, 46, 91), hsl(hue, 40, 82)],
    wood: [hsl(26 + (hue % 40) / 4, 42, 62), hsl(22 + (hue % 40) / 4, 40, 48)],
    accent: hsl(hue, 58, 42),
    accentDark: hsl(hue, 55, 28),
    accentLight: hsl(hue, 70, 88),
  };
}

export const linear = (id, stops, { x2 = 0, y2 = 1 } = {}) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${stops.map((c, i) => `<stop offset="${n(i / (stops.length - 1))}" stop-color="${c}"/>`).join('')}</linearGradient>`;

export const radial = (id, stops, { cx = 0.5, cy = 0.5, r = 0.5 } = {}) =>
  `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stops.map(([c, o = 1], i) => `<stop offset="${n(i / (stops.length - 1))}" stop-color="${c}" stop-opacity="${o}"/>`).join('')}</radialGradient>`;

/** Indoor product scene: a soft wall with window light and a wooden table top. */
export function room(ctx) {
  const wall = ctx.id('wall');
  const glow = ctx.id('glow');
  const wood = ctx.id('wood');
  let planks = '';
  for (let y = TABLE_Y + 70; y < HEIGHT; y += 90 + (y - TABLE_Y) / 4) planks += `<rect x="0" y="${n(y)}" width="${WIDTH}" height="3" fill="#000" opacity=".07"/>`;
  return `<defs>${linear(wall, ctx.wall)}${radial(glow, [['#fff', 0.7], ['#fff', 0]], { cx: 0.3, cy: 0.25, r: 0.7 })}${linear(wood, ctx.wood)}</defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#${wall})"/>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#${glow})"/>
  <rect y="${TABLE_Y}" width="${WIDTH}" height="${HEIGHT - TABLE_Y}" fill="url(#${wood})"/>${planks}
  <rect y="${TABLE_Y}" width="${WIDTH}" height="8" fill="#fff" opacity=".25"/>`;
}

/** Outdoor scene: sky with a low sun and a few clouds; the motif draws the ground. */
export function sky(ctx, { sun = [1290, 250] } = {}) {
  const id = ctx.id('sky');
  const cloud = (x, y, s) => `<g fill="#fff" opacity=".85"><ellipse cx="${x}" cy="${y}" rx="${90 * s}" ry="${34 * s}"/><ellipse cx="${x - 50 * s}" cy="${y + 6 * s}" rx="${60 * s}" ry="${26 * s}"/><ellipse cx="${x + 30 * s}" cy="${y - 22 * s}" rx="${58 * s}" ry="${36 * s}"/></g>`;
  return `<defs>${linear(id, [hsl(198 + (ctx.hue % 24), 60, 78), hsl(ctx.hue + 30, 70, 93)])}</defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#${id})"/>
  <circle cx="${sun[0]}" cy="${sun[1]}" r="120" fill="#ffe9a8" opacity=".6"/><circle cx="${sun[0]}" cy="${sun[1]}" r="84" fill="#ffd56b"/>
  ${sun[0] < 800 ? `${cloud(1270, 190, 1.1)}${cloud(760, 130, 0.8)}` : `${cloud(330, 190, 1.1)}${cloud(880, 130, 0.8)}`}`;
}

export const shadow = (cx, cy, rx, ry = rx * 0.09, opacity = 0.22) =>
  `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="#3a2210" opacity="${opacity}"/>`;

/**
 * Centred text in a box, at the largest size (up to `max`) that fits in
 * `maxLines` lines (see fitLines in ./text.mjs). Overlong text is cut with an
 * ellipsis rather than spilling out of its label.
 */
export function fitText(text, { x, y, w, h, max = 56, min = 16, ink = '#3a2413', weight = 700, maxLines = 2, font = 'sans' }) {
  if (!text) return '';
  const { size, lines } = fitLines(text, { w, h, max, min, maxLines, font });
  const lineHeight = size * LINE_HEIGHT;
  const top = y + h / 2 - (lines.length * lineHeight) / 2 + size * 0.86;
  return lines
    .map((line, i) => `<text x="${n(x + w / 2)}" y="${n(top + i * lineHeight)}" font-family="${font === 'serif' ? SERIF : SANS}" font-size="${n(size)}" font-weight="${weight}" fill="${ink}" text-anchor="middle">${escapeXml(line)}</text>`)
    .join('');
}

/** A printed pack label: cream card, coloured band, the label text. */
export function packLabel(ctx, { x, y, w, h, band = ctx.accent, fill = '#fffaf0', ink = '#3a2413', max = 50, r = 16 }) {
  const bandH = Math.min(26, h * 0.14);
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${r}" fill="${fill}" stroke="#000" stroke-opacity=".12" stroke-width="3"/>
  <rect x="${n(x + 14)}" y="${n(y + 12)}" width="${n(w - 28)}" height="${n(bandH)}" rx="${n(bandH / 2)}" fill="${band}"/>
  <rect x="${n(x + 14)}" y="${n(y + h - 12 - bandH / 2)}" width="${n(w - 28)}" height="${n(bandH / 2)}" rx="${n(bandH / 4)}" fill="${band}" opacity=".6"/>
  ${ctx.label ? fitText(ctx.label, { x: x + 24, y: y + 16 + bandH, w: w - 48, h: h - 40 - bandH * 1.5, max, ink }) : ''}`;
}

/** A signboard (papan nama) on two posts or on a wall. */
export function signboard(ctx, { x, y, w, h, posts = 0, fill = ctx.accentDark, ink = '#fff6e0', max = 52 }) {
  let legs = '';
  if (posts) legs = `<rect x="${n(x + w * 0.12)}" y="${n(y + h)}" width="16" height="${posts}" fill="#6b4a2b"/><rect x="${n(x + w * 0.88 - 16)}" y="${n(y + h)}" width="16" height="${posts}" fill="#6b4a2b"/>`;
  return `${legs}<rect x="${n(x + 6)}" y="${n(y + 8)}" width="${w}" height="${h}" rx="12" fill="#000" opacity=".15"/>
  <rect x="${n(x)}" y="${n(y)}" width="${w}" height="${h}" rx="12" fill="${fill}" stroke="#fff" stroke-opacity=".7" stroke-width="5"/>
  ${fitText(ctx.label, { x: x + 20, y: y + 8, w: w - 40, h: h - 16, max, ink })}`;
}

/** A glass jar with a screw lid; `inside(x, y, w, h)` draws the filling. */
export function jar(ctx, inside, { x, y, w, h, lid = ctx.accent, labelBox = true, gingham = false }) {
  const clip = ctx.id('jar');
  const lidH = h * 0.14;
  const body = `M${x + 20} ${y + lidH + 10} H${x + w - 20} Q${x + w} ${y + lidH + 30} ${x + w} ${y + lidH + 80} V${y + h - 40} Q${x + w} ${y + h} ${x + w - 40} ${y + h} H${x + 40} Q${x} ${y + h} ${x} ${y + h - 40} V${y + lidH + 80} Q${x} ${y + lidH + 30} ${x + 20} ${y + lidH + 10} Z`;
  let cloth = '';
  if (gingham) {
    // Gingham: translucent white bands both ways make the checks.
    for (let i = 0; i < 12; i++) cloth += `<rect x="${n(x - 30 + i * ((w + 60) / 12))}" y="${y - 24}" width="${n((w + 60) / 24)}" height="${lidH + 50}" fill="#fff" opacity=".45"/>`;
    for (let i = 0; i < 4; i++) cloth += `<rect x="${x - 30}" y="${n(y - 24 + i * ((lidH + 50) / 4))}" width="${w + 60}" height="${n((lidH + 50) / 8)}" fill="#fff" opacity=".45"/>`;
    cloth = `<path d="M${x - 30} ${y + lidH + 20} L${x - 10} ${y - 24} H${x + w + 10} L${x + w + 30} ${y + lidH + 20} Q${x + w / 2} ${y + lidH + 50} ${x - 30} ${y + lidH + 20}Z" fill="${lid}"/>
    <g clip-path="url(#${clip}c)">${cloth}</g><defs><clipPath id="${clip}c"><path d="M${x - 30} ${y + lidH + 20} L${x - 10} ${y - 24} H${x + w + 10} L${x + w + 30} ${y + lidH + 20} Q${x + w / 2} ${y + lidH + 50} ${x - 30} ${y + lidH + 20}Z"/></clipPath></defs>
    <rect x="${x + 10}" y="${y + lidH + 4}" width="${w - 20}" height="12" rx="6" fill="#b3262b"/>`;
  }
  return `<defs><clipPath id="${clip}"><path d="${body}"/></clipPath></defs>
  ${shadow(x + w / 2, y + h + 2, w * 0.62, 24)}
  <path d="${body}" fill="#eef6f6" fill-opacity=".5"/>
  <g clip-path="url(#${clip})">${inside(x, y + lidH, w, h - lidH)}</g>
  <path d="${body}" fill="none" stroke="#fff" stroke-width="7" opacity=".85"/>
  <rect x="${x + 26}" y="${y + lidH + 70}" width="22" height="${h - lidH - 140}" rx="11" fill="#fff" opacity=".45"/>
  <rect x="${x + 10}" y="${y}" width="${w - 20}" height="${lidH + 14}" rx="14" fill="${lid}"/>
  ${[1, 2, 3, 4, 5, 6, 7].map((i) => `<rect x="${x + 10 + i * ((w - 20) / 8)}" y="${y + 8}" width="4" height="${lidH - 4}" fill="#000" opacity=".12"/>`).join('')}
  ${cloth}
  ${labelBox && ctx.label ? packLabel(ctx, { x: x + w * 0.1, y: y + h * 0.45, w: w * 0.8, h: h * 0.32, max: 44 }) : ''}`;
}

/**
 * Points of an irregular round outline (a cracker, a chip): `count` points whose
 * radius varies from r * min to r * (min + spread), stretched by sx and sy.
 */
export function blob(ctx, cx, cy, r, { count, min, spread, sx = 1, sy = 1 }) {
  const points = [];
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2;
    const rr = r * (min + ctx.random() * spread);
    points.push(`${n(cx + Math.cos(a) * rr * sx)},${n(cy + Math.sin(a) * rr * sy)}`);
  }
  return points.join(' ');
}

/** Scattered small ellipses (rice, sugar granules, soybeans). */
export function grains(ctx, count, { x, y, w, h, colors, rx = 10, ry = rx * 0.5, opacity = 1 }) {
  let out = '';
  for (let i = 0; i < count; i++) {
    const cx = n(x + ctx.random() * w);
    const cy = n(y + ctx.random() * h);
    const c = colors[Math.floor(ctx.random() * colors.length)];
    out += `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${n(ry)}" transform="rotate(${Math.floor(ctx.random() * 180)} ${cx} ${cy})" fill="${c}"${opacity < 1 ? ` opacity="${opacity}"` : ''}/>`;
  }
  return out;
}

/** A heap (mound) of grains: a filled mound shape plus grains on its surface. */
export function heap(ctx, { cx, base, w, h, fill, colors, rx = 9 }) {
  const mound = `M${cx - w / 2} ${base} Q${cx - w * 0.3} ${base - h * 0.9} ${cx} ${base - h} Q${cx + w * 0.3} ${base - h * 0.9} ${cx + w / 2} ${base} Z`;
  const clip = ctx.id('heap');
  return `<defs><clipPath id="${clip}"><path d="${mound}"/></clipPath></defs><path d="${mound}" fill="${fill}"/>
  <g clip-path="url(#${clip})">${grains(ctx, Math.round((w * h) / 260), { x: cx - w / 2, y: base - h, w, h, colors, rx })}</g>`;
}

/** A round plate or shallow dish seen at an angle. */
export const plate = (cx, cy, rx, { fill = '#fbfaf6', rim = '#e3dccd' } = {}) =>
  `${shadow(cx, cy + rx * 0.1, rx * 1.05, rx * 0.2)}<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${n(rx * 0.3)}" fill="${rim}"/><ellipse cx="${cx}" cy="${n(cy - 4)}" rx="${n(rx * 0.8)}" ry="${n(rx * 0.22)}" fill="${fill}"/>`;

/** A banana leaf lying flat, pointing right. */
export const leaf = (x, y, w, h, angle = 0) =>
  `<g transform="rotate(${angle} ${x + w / 2} ${y + h / 2})"><path d="M${x} ${y + h / 2} Q${x + w * 0.35} ${y - h * 0.2} ${x + w} ${y + h * 0.45} Q${x + w * 0.4} ${y + h * 1.2} ${x} ${y + h / 2}Z" fill="#4e9a45"/>
  <path d="M${x} ${y + h / 2} Q${x + w * 0.5} ${y + h * 0.42} ${x + w} ${y + h * 0.45}" stroke="#8cc47a" stroke-width="6" fill="none"/>
  ${[0.2, 0.35, 0.5, 0.65, 0.8].map((t) => `<path d="M${x + w * t} ${y + h * 0.47} l${w * 0.06} ${-h * 0.35} M${x + w * t} ${y + h * 0.47} l${w * 0.06} ${h * 0.38}" stroke="#3f8538" stroke-width="3"/>`).join('')}</g>`;
