/** Everyday foods: rice, tofu, tempeh, shrimp paste, milkfish, spring-roll wrappers. */
import { fitText, grains, heap, hsl, leaf, n, packLabel, plate, room, shadow, tag } from './helpers.mjs';

export function beras(ctx) {
  const rice = ['#fbf8ee', '#f1ead8', '#ffffff'];
  const red = ctx.label && /merah|red/i.test(ctx.label);
  const grain = red ? ['#b5523f', '#9c4433', '#c96a55'] : rice;
  const sack = ctx.id('sack');
  let weave = '';
  for (let y = 360; y < 920; y += 18) weave += `<path d="M420 ${y} H1020" stroke="#000" stroke-opacity=".05" stroke-width="6"/>`;
  for (let x = 420; x < 1020; x += 18) weave += `<path d="M${x} 330 V930" stroke="#fff" stroke-opacity=".12" stroke-width="4"/>`;
  const body = 'M450 370 Q420 330 470 300 Q720 340 980 300 Q1030 330 1000 370 L1040 880 Q1040 930 980 930 H460 Q400 930 400 880 Z';
  return `${room(ctx)}<defs><clipPath id="${sack}"><path d="${body}"/></clipPath></defs>
  ${shadow(720, 930, 360, 34)}<path d="${body}" fill="#efe6cf"/><g clip-path="url(#${sack})">${weave}
  <rect x="380" y="780" width="700" height="40" fill="${hsl(ctx.hue + 120, 45, 40)}" opacity=".8"/><rect x="380" y="830" width="700" height="14" fill="${ctx.accent}" opacity=".8"/></g>
  <path d="M470 300 Q720 380 980 300 Q720 250 470 300Z" fill="${red ? '#a84b3a' : '#f7f2e4'}"/>${grains(ctx, 120, { x: 520, y: 282, w: 420, h: 40, colors: grain, rx: 9 })}
  <path d="M450 370 Q720 410 1000 370" stroke="#d4c7a6" stroke-width="8" fill="none"/>
  ${packLabel(ctx, { x: 500, y: 470, w: 440, h: 240, band: hsl(ctx.hue + 120, 45, 40) })}
  <g transform="translate(1260 900)">${shadow(0, 70, 230, 30)}${heap(ctx, { cx: 0, base: 60, w: 440, h: 140, fill: grain[1], colors: grain, rx: 10 })}
  <path d="M-20 -40 Q60 -160 180 -150 L200 -110 Q100 -120 40 -30Z" fill="#b58550"/><path d="M-120 -10 Q-120 -90 -20 -80 Q60 -70 60 -10 Q0 30 -120 -10Z" fill="#c9995f"/>
  ${grains(ctx, 40, { x: -110, y: -70, w: 150, h: 50, colors: grain, rx: 9 })}</g>`;
}

/** A block of tofu in simple 3D: top, front and side faces. */
function tofuBlock(x, y, w, h, d, tint = 0) {
  return `<path d="M${x} ${y} l${d} ${-d * 0.6} h${w} l${-d} ${d * 0.6} Z" fill="${hsl(45, 70, 94 - tint)}"/>
  <rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${hsl(44, 60, 86 - tint)}"/>
  <path d="M${x + w} ${y} l${d} ${-d * 0.6} v${h} l${-d} ${d * 0.6} Z" fill="${hsl(42, 50, 76 - tint)}"/>
  ${[0.3, 0.6].map((t) => `<circle cx="${n(x + w * t)}" cy="${n(y + h * 0.5)}" r="4" fill="#d8c58e" opacity=".6"/>`).join('')}`;
}

export function tahu(ctx) {
  let blocks = '';
  for (let row = 0; row < 2; row++) for (let c = 0; c < 3; c++) blocks += tofuBlock(380 + c * 230 + row * 60, 520 + row * 150, 200, 120, 70, row * 3);
  return `${room(ctx)}${shadow(760, 900, 470, 40)}
  <path d="M300 520 L1160 520 L1240 880 L300 880 Q280 880 280 860 Z" fill="${hsl(ctx.hue + 190, 40, 72)}" opacity=".55"/>
  <rect x="290" y="840" width="960" height="50" rx="20" fill="${hsl(ctx.hue + 190, 40, 55)}"/>
  <path d="M300 520 H1180" stroke="#fff" stroke-width="10" opacity=".6"/>
  ${blocks}
  <rect x="290" y="780" width="960" height="90" fill="#dff0f4" opacity=".45"/>
  ${tag(ctx, { x: 1080, y: 250, w: 420, h: 190, angle: 4 })}`;
}

/** Tempeh surface: white mycelium with soybean bumps. */
function tempehSurface(ctx, x, y, w, h) {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="24" fill="#f6f0df"/>
  ${grains(ctx, Math.round((w * h) / 900), { x: x + 14, y: y + 14, w: w - 28, h: h - 28, colors: ['#e4d3a1', '#d9c48b', '#eadcb4'], rx: 15, ry: 11 })}
  <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="24" fill="#fff" opacity=".28"/>`;
}

export function tempe(ctx) {
  // A slab opened on its banana leaf in front, a wrapped one behind.
  const wrapped = `<g transform="rotate(-6 1150 560)">${shadow(1150, 690, 260, 30)}<rect x="900" y="460" width="500" height="230" rx="30" fill="#5a9a46"/>
  <path d="M900 520 Q1150 470 1400 520 M900 600 Q1150 560 1400 610" stroke="#3e7a30" stroke-width="8" fill="none"/><rect x="1120" y="450" width="24" height="250" fill="#c9a66b"/></g>`;
  return `${room(ctx)}${wrapped}${leaf(240, 640, 1000, 380, 0)}
  ${shadow(700, 900, 360, 36)}<path d="M380 650 h640 v210 h-640z" fill="#c7b57f"/>${tempehSurface(ctx, 380, 600, 640, 250)}
  <path d="M700 600 v250" stroke="#b89e62" stroke-width="6" opacity=".6"/>
  ${tag(ctx, { x: 240, y: 240, w: 440, h: 190, angle: -4 })}`;
}

/** A block of terasi wrapped in printed paper, shown in 3D. */
function terasiBlock(ctx, x, y, w, h, d, open = false) {
  const top = `M${x} ${y} l${d} ${-d * 0.5} h${w} l${-d} ${d * 0.5} Z`;
  const side = `M${x + w} ${y} l${d} ${-d * 0.5} v${h} l${-d} ${d * 0.5} Z`;
  if (open) {
    let crumbs = '';
    for (let i = 0; i < 12; i++) crumbs += `<circle cx="${n(x + ctx.random() * w)}" cy="${n(y + ctx.random() * h)}" r="${n(3 + ctx.random() * 5)}" fill="#2e1c14" opacity=".5"/>`;
    return `${shadow(x + w / 2 + d / 2, y + h + 6, w * 0.7, 18)}<path d="${top}" fill="#6d4634"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#4d2f22"/><path d="${side}" fill="#3b2419"/>${crumbs}`;
  }
  return `${shadow(x + w / 2 + d / 2, y + h + 6, w * 0.7, 18)}<path d="${top}" fill="#f3ead7"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fbf4e4"/><path d="${side}" fill="#e4d6b8"/>
  <rect x="${x}" y="${y + h * 0.3}" width="${w}" height="${h * 0.4}" fill="${hsl(ctx.hue + 350, 70, 45)}"/>
  ${fitText('TERASI', { x, y: y + h * 0.3, w, h: h * 0.4, max: Math.min(36, h * 0.3), ink: '#fff8e0', maxLines: 1 })}`;
}

export function terasi(ctx) {
  return `${room(ctx)}${leaf(200, 720, 820, 300, 3)}
  ${terasiBlock(ctx, 300, 620, 280, 170, 90)}${terasiBlock(ctx, 560, 700, 300, 180, 90, true)}
  <g transform="translate(430 830)">${terasiBlock(ctx, 0, 0, 220, 110, 60, true)}</g>
  ${terasiBlock(ctx, 660, 520, 260, 150, 80)}
  <g transform="translate(1140 780)">${[[-60, 0, 20], [40, 40, -10], [120, -10, 30]].map(([x, y, a]) => `<g transform="translate(${x} ${y}) rotate(${a})"><path d="M-70 0 Q0 -26 70 -6 Q80 0 70 8 Q0 26 -70 0Z" fill="#d62f1f"/><path d="M70 -4 q16 -4 24 -16" stroke="#3f8f3c" stroke-width="8" fill="none"/></g>`).join('')}
  ${plate(-170, 170, 140, { fill: '#f6efe2' })}<ellipse cx="-170" cy="160" rx="70" ry="22" fill="#4d2f22"/></g>
  ${packLabel(ctx, { x: 1040, y: 280, w: 440, h: 220 })}`;
}

/** A milkfish (bandeng): slender, silvery, deeply forked tail. `golden` for presto/smoked fish. */
function milkfish(x, y, s, golden = false) {
  const body = golden ? ['#d99a45', '#b87026', '#f2c37a'] : ['#c7d1d6', '#8e9ca4', '#eef3f5'];
  return `<g transform="translate(${x} ${y}) scale(${s})">
  <path d="M250 0 L360 -90 Q340 0 360 90 Z" fill="${body[1]}"/>
  <path d="M-300 0 Q-250 -80 -60 -90 Q150 -80 260 0 Q150 80 -60 86 Q-250 78 -300 0Z" fill="${body[0]}"/>
  <path d="M-300 0 Q-250 -80 -60 -90 Q150 -80 260 0 Q100 -30 -60 -30 Q-200 -30 -300 0Z" fill="${body[1]}" opacity=".7"/>
  <path d="M-250 30 Q0 60 230 10" stroke="${body[2]}" stroke-width="12" fill="none" opacity=".8"/>
  <path d="M-40 -86 L20 -130 L80 -84Z" fill="${body[1]}"/>
  <path d="M-200 -50 Q-180 0 -200 50" stroke="${body[1]}" stroke-width="8" fill="none"/>
  <circle cx="-245" cy="-12" r="16" fill="#fff"/><circle cx="-245" cy="-12" r="9" fill="#22303a"/></g>`;
}

export function bandeng(ctx) {
  // Vacuum pack with a presto fish behind; a fresh fish on a tray in front.
  const pack = `<g transform="rotate(-5 760 460)">${shadow(760, 700, 420, 30)}<rect x="340" y="260" width="840" height="400" rx="40" fill="#f7f9fa" opacity=".75" stroke="#fff" stroke-width="8"/>
  ${milkfish(760, 470, 1.05, true)}<rect x="340" y="260" width="840" height="400" rx="40" fill="#fff" opacity=".22"/>
  <path d="M380 300 H1140 M380 620 H1140" stroke="#fff" stroke-width="6" stroke-dasharray="12 10" opacity=".8"/>
  ${packLabel(ctx, { x: 880, y: 290, w: 270, h: 150, max: 34 })}</g>`;
  return `${room(ctx)}${pack}${shadow(900, 1000, 520, 40)}
  <path d="M360 820 H1440 L1400 990 Q1390 1010 1360 1010 H440 Q410 1010 400 990 Z" fill="${hsl(ctx.hue + 190, 20, 86)}" stroke="${hsl(ctx.hue + 190, 15, 70)}" stroke-width="6"/>
  ${leaf(420, 780, 960, 230, 0)}${milkfish(880, 890, 0.95)}`;
}

export function kulitLumpia(ctx) {
  let stack = '';
  for (let i = 0; i < 14; i++) {
    const y = 880 - i * 14;
    stack += `<ellipse cx="${660 + (i % 3) * 4}" cy="${y}" rx="330" ry="100" fill="${i % 2 ? '#f4ead2' : '#fbf4e2'}" stroke="#e0cfa8" stroke-width="3"/>`;
  }
  // The top sheet lifted at one edge shows how thin the wrappers are.
  const top = `<path d="M330 690 Q480 610 760 600 Q960 600 1010 650 Q1080 560 1010 520 Q900 560 760 570 Q470 580 330 690Z" fill="#fdf7e8" stroke="#e0cfa8" stroke-width="3" opacity=".95"/>`;
  const pack = `<g transform="rotate(6 1240 600)">${shadow(1240, 830, 200, 24)}<rect x="1050" y="430" width="380" height="400" rx="30" fill="#fff" opacity=".6" stroke="#fff" stroke-width="6"/>
  ${[0, 1, 2, 3, 4, 5, 6].map((i) => `<rect x="1080" y="${780 - i * 14}" width="320" height="12" rx="6" fill="#f4e8cb"/>`).join('')}
  ${packLabel(ctx, { x: 1080, y: 460, w: 320, h: 190, max: 38 })}</g>`;
  return `${room(ctx)}${plate(660, 920, 400, { fill: '#fbfbf8', rim: hsl(ctx.hue + 190, 25, 75) })}${stack}${top}${pack}`;
}
