/** Crackers: kemplang (grilled fish crackers), kerupuk, kerupuk udang. */
import { hsl, n, packLabel, pouch, room, shadow } from './helpers.mjs';

/** A round kemplang: pale disc, toasted rim and grill marks. */
function kemplangDisc(ctx, cx, cy, r, tilt = 0.92) {
  let spots = '';
  for (let k = 0; k < 7; k++) {
    const a = ctx.random() * Math.PI * 2;
    const d = ctx.random() * r * 0.75;
    spots += `<ellipse cx="${n(cx + Math.cos(a) * d)}" cy="${n(cy + Math.sin(a) * d * tilt)}" rx="${n(4 + ctx.random() * 9)}" ry="${n(3 + ctx.random() * 6)}" fill="#a8692c" opacity="${n(0.25 + ctx.random() * 0.35)}"/>`;
  }
  return `<ellipse cx="${n(cx)}" cy="${n(cy + 6)}" rx="${n(r)}" ry="${n(r * tilt)}" fill="#c99a5c"/>
  <ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r)}" ry="${n(r * tilt)}" fill="#f3e3bf" stroke="#d9b27a" stroke-width="5"/>
  <ellipse cx="${n(cx - r * 0.15)}" cy="${n(cy - r * 0.2)}" rx="${n(r * 0.5)}" ry="${n(r * 0.32 * tilt)}" fill="#fffaf0" opacity=".45"/>${spots}`;
}

/** A wavy-edged kerupuk (flower shape) in any colour. */
function flowerCracker(ctx, cx, cy, r, color) {
  const points = [];
  const petals = 9 + Math.floor(ctx.random() * 4);
  for (let i = 0; i <= petals * 2; i++) {
    const a = (i / (petals * 2)) * Math.PI * 2;
    const rr = i % 2 ? r * 0.86 : r;
    points.push(`${n(cx + Math.cos(a) * rr)},${n(cy + Math.sin(a) * rr * 0.9)}`);
  }
  return `<polygon points="${points.join(' ')}" fill="${color}" stroke="#000" stroke-opacity=".08" stroke-width="4" stroke-linejoin="round"/>
  <ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r * 0.42)}" ry="${n(r * 0.38)}" fill="#fff" opacity=".28"/>
  <path d="M${n(cx - r * 0.55)} ${n(cy)} Q${n(cx)} ${n(cy - r * 0.5)} ${n(cx + r * 0.55)} ${n(cy)}" stroke="#fff" stroke-width="5" fill="none" opacity=".45"/>`;
}

/** A puffy, irregular prawn cracker. */
function prawnCracker(ctx, cx, cy, r, color) {
  const points = [];
  for (let i = 0; i < 14; i++) {
    const a = (i / 14) * Math.PI * 2;
    const rr = r * (0.82 + ctx.random() * 0.25);
    points.push(`${n(cx + Math.cos(a) * rr * 1.15)},${n(cy + Math.sin(a) * rr * 0.75)}`);
  }
  let pores = '';
  for (let k = 0; k < 6; k++) pores += `<circle cx="${n(cx + (ctx.random() - 0.5) * r * 1.4)}" cy="${n(cy + (ctx.random() - 0.5) * r * 0.8)}" r="${n(3 + ctx.random() * 5)}" fill="#c86a50" opacity=".35"/>`;
  return `<polygon points="${points.join(' ')}" fill="${color}" stroke="#e08a74" stroke-width="4" stroke-linejoin="round"/>
  <ellipse cx="${n(cx - r * 0.2)}" cy="${n(cy - r * 0.2)}" rx="${n(r * 0.5)}" ry="${n(r * 0.2)}" fill="#fff" opacity=".35"/>${pores}`;
}

/** Fills a rectangle with overlapping items, back rows first. */
function pile(ctx, draw, { x, y, w, h, r }) {
  let out = '';
  const rows = Math.ceil(h / (r * 1.1)) + 1;
  for (let row = 0; row < rows; row++) {
    const cols = Math.ceil(w / (r * 1.3)) + 1;
    for (let c = 0; c < cols; c++) {
      const cx = x + c * r * 1.3 + (row % 2) * r * 0.65 + (ctx.random() - 0.5) * r * 0.4;
      const cy = y + row * r * 1.1 + (ctx.random() - 0.5) * r * 0.3;
      out += draw(cx, cy, r * (0.85 + ctx.random() * 0.3));
    }
  }
  return out;
}

export function kemplang(ctx) {
  const inside = (x, y, w, h) => pile(ctx, (cx, cy, r) => kemplangDisc(ctx, cx, cy, r), { x, y: y + 20, w, h, r: 92 });
  let stack = '';
  for (let i = 0; i < 5; i++) stack += kemplangDisc(ctx, 1210 + (i % 2) * 8, 900 - i * 26, 150, 0.32);
  return `${room(ctx)}${pouch(ctx, inside, { x: 360, y: 250, w: 560, h: 650 })}
  ${shadow(1215, 930, 170, 30)}${stack}${kemplangDisc(ctx, 1060, 1030, 110, 0.4)}`;
}

const kerupukColors = ['#f29b9b', '#f7d25c', '#9fd48e', '#fdf4e0', '#f4a15d', '#9ec9f0'];

export function kerupuk(ctx) {
  // The square glass-fronted tin found in every warung.
  const tx = 300;
  const ty = 260;
  const tw = 560;
  const th = 600;
  const frame = '#2f6fb3';
  const inside = pile(ctx, (cx, cy, r) => flowerCracker(ctx, cx, cy, r, kerupukColors[Math.floor(ctx.random() * kerupukColors.length)]), { x: tx + 40, y: ty + 150, w: tw - 80, h: th - 200, r: 70 });
  const clip = ctx.id('tin');
  let loose = '';
  for (const [cx, cy, r, c] of [[1130, 960, 95, 0], [1300, 1010, 85, 1], [1200, 1080, 90, 2], [1400, 930, 80, 4]]) loose += flowerCracker(ctx, cx, cy, r, kerupukColors[c]);
  return `${room(ctx)}<defs><clipPath id="${clip}"><rect x="${tx + 40}" y="${ty + 140}" width="${tw - 80}" height="${th - 180}"/></clipPath></defs>
  ${shadow(tx + tw / 2, ty + th + 10, tw * 0.6, 26)}
  <rect x="${tx}" y="${ty + 100}" width="${tw}" height="${th - 100}" rx="14" fill="${frame}"/>
  <rect x="${tx + 40}" y="${ty + 140}" width="${tw - 80}" height="${th - 180}" fill="#eef5fa"/>
  <g clip-path="url(#${clip})">${inside}</g>
  <rect x="${tx + 40}" y="${ty + 140}" width="${tw - 80}" height="${th - 180}" fill="#fff" opacity=".18"/>
  <path d="M${tx + 90} ${ty + 160} L${tx + 190} ${ty + th - 60}" stroke="#fff" stroke-width="30" opacity=".3"/>
  <path d="M${tx - 14} ${ty + 100} L${tx + 60} ${ty + 30} H${tx + tw - 60} L${tx + tw + 14} ${ty + 100} Z" fill="#d6dde3" stroke="#aab4bc" stroke-width="5"/>
  <ellipse cx="${tx + tw / 2}" cy="${ty + 62}" rx="${tw * 0.34}" ry="22" fill="#bfc8cf"/>
  <rect x="${tx - 14}" y="${ty + 94}" width="${tw + 28}" height="22" rx="8" fill="${frame}"/>
  ${packLabel(ctx, { x: 990, y: 300, w: 470, h: 230, band: hsl(ctx.hue + 20, 70, 50) })}
  ${loose}`;
}

export function kerupukUdang(ctx) {
  const pinks = ['#f8c4b2', '#f6b39d', '#fbd6c8', '#f3a98f'];
  const inside = (x, y, w, h) => pile(ctx, (cx, cy, r) => prawnCracker(ctx, cx, cy, r, pinks[Math.floor(ctx.random() * pinks.length)]), { x, y: y + 10, w, h, r: 78 });
  let bowl = '';
  for (const [cx, cy, r] of [[1120, 830, 80], [1260, 815, 86], [1390, 835, 78], [1190, 770, 74], [1330, 760, 78], [1260, 720, 70]]) bowl += prawnCracker(ctx, cx, cy, r, pinks[Math.floor(ctx.random() * pinks.length)]);
  // A small prawn on the pack: the one hint that these are shrimp crackers.
  const prawn = `<g transform="translate(640 470) scale(1.3)"><path d="M-40 10 Q-40 -34 0 -36 Q40 -34 44 0 Q30 -18 6 -16 Q-20 -12 -18 14 Z" fill="#f07a52"/><path d="M-40 10 l-16 12 l8 -20 Z" fill="#f07a52"/><path d="M40 -10 q30 -30 56 -26 M36 -16 q20 -34 52 -40" stroke="#e0603c" stroke-width="3" fill="none"/></g>`;
  return `${room(ctx)}${pouch(ctx, inside, { x: 360, y: 250, w: 560, h: 650, seal: hsl(ctx.hue, 65, 50), labelY: 0.5, labelH: 0.32 })}
  <g transform="translate(0 -30)">${prawn}</g>
  ${shadow(1260, 900, 240, 34)}<path d="M1040 800 Q1050 910 1260 920 Q1470 910 1480 800 Z" fill="${hsl(ctx.hue + 180, 35, 45)}"/>
  <path d="M1040 800 Q1260 760 1480 800 Q1260 840 1040 800Z" fill="${hsl(ctx.hue + 180, 30, 35)}"/>${bowl}
  <path d="M1060 840 Q1260 880 1460 840" stroke="#fff" stroke-width="8" fill="none" opacity=".35"/>`;
}
