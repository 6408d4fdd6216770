/** Places: a village cluster, an exhibition booth, a regional landscape. */
import { grains, hsl, n, packLabel, signboard, sky } from './helpers.mjs';

const ground = (ctx, y = 900) =>
  `<rect y="${y}" width="1600" height="${1200 - y}" fill="${hsl(95 + (ctx.hue % 30), 35, 58)}"/><rect y="${y}" width="1600" height="14" fill="#000" opacity=".06"/>`;

/** A coconut palm leaning slightly. */
export const palm = (x, y, s = 1) =>
  `<path d="M${x} ${y} Q${x + 20 * s} ${y - 200 * s} ${x - 10 * s} ${y - 380 * s}" stroke="#8a6a48" stroke-width="${18 * s}" fill="none"/>
  ${[-150, -100, -40, 20, 80, 140, 190].map((a) => `<path d="M${x - 10 * s} ${y - 380 * s} q${Math.cos((a * Math.PI) / 180) * 90 * s} ${Math.sin((a * Math.PI) / 180) * 60 * s - 40 * s} ${Math.cos((a * Math.PI) / 180) * 180 * s} ${Math.sin((a * Math.PI) / 180) * 90 * s + 20 * s}" stroke="#3f8f3c" stroke-width="${22 * s}" stroke-linecap="round" fill="none"/>`).join('')}`;

/** A house front with a tiled roof, open shop door and a sign. */
function house(ctx, { x, y, w, h, wall, roof, sign = false, open = true }) {
  const door = w * 0.36;
  let tiles = '';
  for (let ty = y - h * 0.42 + 30; ty < y; ty += 26) tiles += `<path d="M${x - 30} ${n(ty)} H${x + w + 30}" stroke="#000" stroke-opacity=".12" stroke-width="4"/>`;
  const roofPath = `M${x - 40} ${y} L${x + w * 0.18} ${y - h * 0.42} H${x + w * 0.82} L${x + w + 40} ${y} Z`;
  const clip = ctx.id('roof');
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${wall}"/><rect x="${x}" y="${y + h - 40}" width="${w}" height="40" fill="#000" opacity=".08"/>
  <defs><clipPath id="${clip}"><path d="${roofPath}"/></clipPath></defs><path d="${roofPath}" fill="${roof}"/><g clip-path="url(#${clip})">${tiles}</g>
  <rect x="${x - 40}" y="${y - 6}" width="${w + 80}" height="20" fill="#000" opacity=".15"/>
  ${open
    ? `<rect x="${n(x + w / 2 - door / 2)}" y="${n(y + h * 0.3)}" width="${n(door)}" height="${n(h * 0.7)}" fill="#5a3e2b"/><rect x="${n(x + w / 2 - door / 2)}" y="${n(y + h * 0.3)}" width="${n(door)}" height="${n(h * 0.14)}" fill="#c8ced3"/>
       ${[0, 1, 2].map((i) => `<rect x="${n(x + w / 2 - door / 2 + 10)}" y="${n(y + h * 0.56 + i * h * 0.12)}" width="${n(door - 20)}" height="8" fill="#8a6448"/>`).join('')}`
    : `<rect x="${n(x + w / 2 - door / 2)}" y="${n(y + h * 0.3)}" width="${n(door)}" height="${n(h * 0.7)}" fill="#8a5a36"/>`}
  ${[x + w * 0.08, x + w * 0.72].map((wx) => `<rect x="${n(wx)}" y="${n(y + h * 0.3)}" width="${n(w * 0.2)}" height="${n(h * 0.3)}" fill="#8fb7c8" stroke="#fff" stroke-width="6"/><path d="M${n(wx + w * 0.1)} ${n(y + h * 0.3)} v${n(h * 0.3)}" stroke="#fff" stroke-width="5"/>`).join('')}
  ${sign ? signboard(ctx, { x: x + w * 0.12, y: y + 16, w: w * 0.76, h: h * 0.22, max: 48 }) : ''}`;
}

export function cluster(ctx) {
  // A lane of workshops under a village gateway (gapura) with the cluster's name.
  const palette = [hsl(ctx.hue + 30, 45, 88), hsl(190, 30, 86), hsl(48, 65, 85), hsl(100, 30, 85), hsl(20, 55, 87), hsl(ctx.hue, 40, 84)];
  const walls = [0, 1, 2, 3].map(() => palette[Math.floor(ctx.random() * palette.length)]);
  const roofs = [0, 1, 2, 3].map(() => hsl(8 + ctx.random() * 22, 58, 38 + ctx.random() * 12));
  const roof = (i) => roofs[i];
  let houses = '';
  [[40, 560, 360, 320], [1200, 560, 360, 320], [330, 640, 280, 220], [990, 640, 280, 220]].forEach(([x, y, w, h], i) => {
    houses += house({ ...ctx, label: '' }, { x, y, w, h, wall: walls[i], roof: roof(i), open: i % 2 === 0 });
  });
  const gate = `<rect x="520" y="330" width="60" height="600" fill="${hsl(ctx.hue + 10, 35, 40)}"/><rect x="1020" y="330" width="60" height="600" fill="${hsl(ctx.hue + 10, 35, 40)}"/>
  <rect x="500" y="900" width="100" height="30" fill="#7a6650"/><rect x="1000" y="900" width="100" height="30" fill="#7a6650"/>
  <path d="M480 330 Q800 250 1120 330 L1110 360 Q800 285 490 360Z" fill="${hsl(ctx.hue + 10, 50, 32)}"/>
  ${signboard(ctx, { x: 470, y: 360, w: 660, h: 150, fill: ctx.accentDark, max: 54 })}
  ${[540, 1060].map((x) => `<circle cx="${x + 10}" cy="300" r="26" fill="#f2c14e"/>`).join('')}`;
  let flags = '';
  for (let i = 0; i < 14; i++) flags += `<path d="M${120 + i * 100} ${250 + Math.abs(7 - i) * 10} l30 0 l-15 34z" fill="${i % 2 ? '#d9342b' : '#ffffff'}"/>`;
  return `${sky(ctx, { sun: [1380, 180] })}<path d="M0 620 Q400 470 800 560 T1600 520 V900 H0Z" fill="${hsl(110 + (ctx.hue % 30), 30, 66)}"/>${ground(ctx, 880)}
  <path d="M100 250 Q800 330 1500 250" stroke="#555" stroke-width="3" fill="none"/>${flags}
  ${houses}<path d="M640 1200 L740 880 H860 L960 1200Z" fill="#b9ab95"/><path d="M800 900 V1200" stroke="#fff" stroke-width="10" stroke-dasharray="40 40" opacity=".6"/>
  ${gate}`;
}

export function event(ctx) {
  // An exhibition booth: banner, counter with products, spotlights, tiled floor.
  let floor = '';
  for (let x = -200; x < 1800; x += 160) floor += `<path d="M800 860 L${x} 1200" stroke="#000" stroke-opacity=".06" stroke-width="4"/>`;
  for (const y of [900, 960, 1040, 1140]) floor += `<path d="M0 ${y} H1600" stroke="#000" stroke-opacity=".06" stroke-width="4"/>`;
  const pouchIcon = (x, y, c) => `<path d="M${x} ${y} h90 l8 130 h-106z" fill="${c}"/><rect x="${x + 12}" y="${y + 50}" width="66" height="40" rx="6" fill="#fffaf0"/><rect x="${x}" y="${y}" width="90" height="14" fill="#000" opacity=".15"/>`;
  const jarIcon = (x, y, c) => `<rect x="${x}" y="${y + 24}" width="90" height="106" rx="16" fill="${c}"/><rect x="${x + 6}" y="${y}" width="78" height="30" rx="6" fill="${ctx.accentDark}"/><rect x="${x + 12}" y="${y + 60}" width="66" height="36" rx="6" fill="#fffaf0"/>`;
  let goods = '';
  [[430, '#e9b44c', 0], [540, '#f3e3bf', 1], [650, '#c77a3b', 0], [870, '#f2a51c', 1], [980, '#d7c19a', 0], [1090, '#8fbf6a', 1]].forEach(([x, c, j]) => {
    goods += j ? jarIcon(x, 590, c) : pouchIcon(x, 590, c);
  });
  const light = (x) => `<path d="M${x} 150 v30" stroke="#444" stroke-width="6"/><path d="M${x - 24} 180 h48 l10 30 h-68z" fill="#333"/><path d="M${x - 34} 210 L${x - 160} 700 H${x + 160} L${x + 34} 210Z" fill="#fff6cf" opacity=".22"/>`;
  let people = '';
  for (const [x, c, s] of [[200, hsl(ctx.hue + 200, 40, 40), 1.05], [1420, hsl(ctx.hue + 120, 35, 42), 1]]) {
    people += `<g transform="translate(${x} 1180) scale(${s})"><path d="M-70 0 Q-80 -250 0 -260 Q80 -250 70 0Z" fill="${c}"/><circle cx="0" cy="-320" r="56" fill="#c68a5c"/><path d="M-58 -330 Q-50 -392 0 -390 Q50 -392 58 -330 Q30 -360 -58 -330Z" fill="#2d2219"/></g>`;
  }
  return `<rect width="1600" height="1200" fill="${hsl(ctx.hue + 30, 25, 90)}"/><rect y="860" width="1600" height="340" fill="${hsl(30, 15, 80)}"/>${floor}
  <rect x="250" y="140" width="1100" height="720" fill="${hsl(ctx.hue + 30, 40, 96)}" stroke="${hsl(ctx.hue, 20, 75)}" stroke-width="8"/>
  <rect x="250" y="140" width="60" height="720" fill="${ctx.accent}"/><rect x="1290" y="140" width="60" height="720" fill="${ctx.accent}"/>
  <rect x="250" y="140" width="1100" height="190" fill="${ctx.accentDark}"/>
  ${packLabel(ctx, { x: 350, y: 170, w: 900, h: 130, band: hsl(ctx.hue + 40, 80, 60), fill: ctx.accentDark, ink: '#fff6e0', max: 56 })}
  ${[0, 1, 2].map((i) => `<rect x="${390 + i * 290}" y="390" width="240" height="150" rx="10" fill="${hsl(ctx.hue + 30 + i * 40, 45, 80)}"/><circle cx="${510 + i * 290}" cy="465" r="46" fill="#fff" opacity=".6"/>`).join('')}
  ${light(500)}${light(1100)}
  ${goods}<rect x="360" y="720" width="880" height="200" fill="${hsl(ctx.hue + 30, 30, 55)}"/><rect x="340" y="710" width="920" height="30" rx="6" fill="${hsl(ctx.hue + 30, 30, 70)}"/>
  <rect x="560" y="770" width="480" height="100" rx="12" fill="#fffaf0" opacity=".9"/><circle cx="640" cy="820" r="30" fill="${ctx.accent}"/>
  <rect x="690" y="800" width="300" height="14" rx="7" fill="${ctx.accent}" opacity=".6"/><rect x="690" y="828" width="220" height="12" rx="6" fill="${ctx.accent}" opacity=".35"/>
  ${people}`;
}

export function region(ctx) {
  // Volcano, rice terraces, a river and palms under a sign with the region's name.
  let terraces = '';
  for (let i = 0; i < 6; i++) {
    const y = 700 + i * 70;
    terraces += `<path d="M0 ${y} Q400 ${y - 50 + i * 6} 800 ${y - 10} T1600 ${y - 30} V1200 H0Z" fill="${hsl(85 + i * 6 + (ctx.hue % 20), 45 - i * 2, 62 - i * 4)}"/>
    <path d="M0 ${y} Q400 ${y - 50 + i * 6} 800 ${y - 10} T1600 ${y - 30}" stroke="#e9f3c8" stroke-width="5" fill="none" opacity=".6"/>`;
  }
  const rice = grains(ctx, 220, { x: 0, y: 760, w: 1600, h: 400, colors: ['#7fb24a', '#93c257'], rx: 6, ry: 14 });
  return `${sky(ctx, { sun: [1320, 220] })}
  <path d="M300 700 L720 260 Q760 230 800 260 L1220 700Z" fill="${hsl(ctx.hue + 200, 20, 52)}"/><path d="M650 340 L720 260 Q760 230 800 260 L870 340 Q830 320 800 350 Q760 320 720 350 Q690 320 650 340Z" fill="#f2f4f6"/>
  <path d="M-100 720 L250 420 L620 720Z" fill="${hsl(ctx.hue + 190, 20, 60)}"/><path d="M1000 720 L1380 440 L1760 720Z" fill="${hsl(ctx.hue + 190, 18, 62)}"/>
  ${terraces}${rice}
  <path d="M1000 690 Q900 800 1040 880 Q1200 980 1000 1200 H1240 Q1380 980 1200 860 Q1080 780 1040 690Z" fill="#7dbad0"/><path d="M1060 760 Q1000 820 1100 880" stroke="#fff" stroke-width="8" fill="none" opacity=".5"/>
  ${palm(160, 1000, 1)}${palm(1480, 980, 0.9)}
  ${signboard(ctx, { x: 220, y: 760, w: 620, h: 170, posts: 200, max: 56 })}`;
}
