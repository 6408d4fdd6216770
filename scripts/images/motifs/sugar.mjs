/** Palm and coconut sugar, and gula puan (buffalo-milk sweet). */
import { grains, heap, hsl, jar, leaf, n, pouch, room, shadow, tag } from './helpers.mjs';

/** One moulded gula kelapa: a short cylinder with a domed top, as poured into bamboo rings. */
function sugarBlock(cx, cy, r, shade = 0) {
  const h = r * 0.7;
  return `${shadow(cx, cy + h + 6, r * 1.1, r * 0.22, 0.25)}
  <path d="M${n(cx - r)} ${n(cy)} V${n(cy + h)} Q${n(cx)} ${n(cy + h + r * 0.5)} ${n(cx + r)} ${n(cy + h)} V${n(cy)} Z" fill="${hsl(24, 62, 28 + shade)}"/>
  <path d="M${n(cx - r)} ${n(cy + h * 0.5)} Q${n(cx)} ${n(cy + h * 0.5 + r * 0.5)} ${n(cx + r)} ${n(cy + h * 0.5)}" stroke="#000" stroke-opacity=".12" stroke-width="5" fill="none"/>
  <ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r)}" ry="${n(r * 0.36)}" fill="${hsl(27, 60, 40 + shade)}"/>
  <ellipse cx="${n(cx - r * 0.25)}" cy="${n(cy - r * 0.06)}" rx="${n(r * 0.45)}" ry="${n(r * 0.13)}" fill="#e3a765" opacity=".45"/>`;
}

export function gulaKelapa(ctx) {
  // A coconut half next to the blocks says "coconut"; the banana leaf says "traditional".
  const coconut = `<g transform="translate(1270 780)">${shadow(0, 110, 200, 30)}<path d="M-190 0 Q-180 130 0 130 Q180 130 190 0 Z" fill="#6b4226"/>
  <ellipse cx="0" cy="0" rx="190" ry="56" fill="#fbf6ea" stroke="#6b4226" stroke-width="14"/><ellipse cx="0" cy="6" rx="150" ry="38" fill="#f2ecdd"/>
  ${[-150, -100, -40, 30, 100, 150].map((x) => `<path d="M${x} ${40 + Math.abs(x) / 10} l10 60" stroke="#4e2f19" stroke-width="5" opacity=".6"/>`).join('')}</g>`;
  const blocks = [
    [420, 760, 110, 0], [650, 770, 115, 2], [880, 760, 110, -2],
    [530, 620, 108, 4], [770, 620, 110, 1], [650, 480, 104, 5],
  ];
  return `${room(ctx)}${leaf(220, 700, 900, 330, -2)}
  ${blocks.map(([x, y, r, s]) => sugarBlock(x, y, r, s)).join('')}
  ${coconut}${tag(ctx, { x: 1040, y: 290, w: 440, h: 200, angle: 3 })}`;
}

export function gulaSemut(ctx) {
  const brown = ['#9a5a24', '#b06d30', '#7d4519', '#c58442'];
  const inside = (x, y, w, h) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#f7efe4"/>
    <path d="M${x} ${y + h * 0.35} Q${x + w / 2} ${y + h * 0.28} ${x + w} ${y + h * 0.36} V${y + h} H${x} Z" fill="#96561f"/>
    ${grains(ctx, 900, { x, y: y + h * 0.3, w, h: h * 0.7, colors: brown, rx: 7 })}`;
  const spoon = `<g transform="rotate(-14 1200 940)"><rect x="1230" y="925" width="300" height="34" rx="17" fill="#b07a44"/><ellipse cx="1150" cy="940" rx="120" ry="60" fill="#b07a44"/><ellipse cx="1150" cy="934" rx="100" ry="44" fill="#8a5a2c"/></g>`;
  return `${room(ctx)}${pouch(ctx, inside, { x: 420, y: 230, w: 560, h: 680, kraft: true, labelY: 0.2, labelH: 0.26, seal: hsl(ctx.hue + 120, 40, 36) })}
  ${spoon}${heap(ctx, { cx: 1150, base: 950, w: 220, h: 80, fill: '#8f521f', colors: brown, rx: 7 })}
  ${heap(ctx, { cx: 1340, base: 1060, w: 260, h: 70, fill: '#9a5a24', colors: brown, rx: 7 })}`;
}

export function gulaPuan(ctx) {
  const inside = (x, y, w, h) => `<rect x="${x}" y="${y + 60}" width="${w}" height="${h}" fill="#ead2a0"/>
    <path d="M${x} ${y + 70} Q${x + w * 0.25} ${y + 40} ${x + w * 0.5} ${y + 70} T${x + w} ${y + 66} V${y + 110} H${x}Z" fill="#f3e2bd"/>
    ${grains(ctx, 160, { x, y: y + 110, w, h: h - 110, colors: ['#d9b77c', '#f5e6c4'], rx: 9, opacity: 0.6 })}`;
  // The buffalo head on the lid: gula puan is made from buffalo (kerbau) milk.
  const buffalo = `<g transform="translate(1240 470)" fill="#5b4636"><path d="M-120 -40 Q-130 -110 -40 -100 Q-90 -80 -70 -40Z"/><path d="M120 -40 Q130 -110 40 -100 Q90 -80 70 -40Z"/>
    <path d="M-70 -50 Q0 -80 70 -50 Q80 40 40 90 Q0 110 -40 90 Q-80 40 -70 -50Z"/><ellipse cx="0" cy="80" rx="46" ry="30" fill="#7a6050"/><circle cx="-30" cy="0" r="9" fill="#fff"/><circle cx="30" cy="0" r="9" fill="#fff"/></g>`;
  const spoon = `<g transform="rotate(18 1160 900)"><rect x="1180" y="880" width="280" height="30" rx="15" fill="#c9c9c9"/><ellipse cx="1120" cy="895" rx="90" ry="46" fill="#d8d8d8"/><ellipse cx="1120" cy="888" rx="72" ry="32" fill="#ead2a0"/></g>`;
  return `${room(ctx)}${jar(ctx, inside, { x: 400, y: 300, w: 560, h: 600, lid: hsl(ctx.hue + 10, 60, 42) })}
  <circle cx="1240" cy="470" r="170" fill="${ctx.accentLight}" stroke="${ctx.accent}" stroke-width="8"/>${buffalo}${spoon}`;
}
