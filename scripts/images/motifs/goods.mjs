/**
 * Sugar, pineapple, batik and metal goods, each drawn as the product itself
 * in its stated packaging.
 */
import { barcode, brandLabel } from './brands.mjs';
import { chip } from './foods.mjs';
import { grains, heap, HEIGHT, hsl, jar, leaf, linear, n, plate, radial, room, shadow, WIDTH } from './helpers.mjs';
import { box3d, can, carton, standPouch } from './packs.mjs';
import { pineapple } from './pineapple.mjs';

const BROWN = ['#9a5a24', '#b06d30', '#7d4519', '#c58442'];

/** One moulded coconut-sugar cake: a short cylinder with a domed top. */
function sugarCake(cx, cy, r, shade = 0) {
  const h = r * 0.7;
  return `${shadow(cx, cy + h + 6, r * 1.1, r * 0.22, 0.25)}
  <path d="M${n(cx - r)} ${n(cy)} V${n(cy + h)} Q${n(cx)} ${n(cy + h + r * 0.5)} ${n(cx + r)} ${n(cy + h)} V${n(cy)} Z" fill="${hsl(24, 62, 24 + shade)}"/>
  <ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r)}" ry="${n(r * 0.36)}" fill="${hsl(27, 60, 34 + shade)}"/>
  <ellipse cx="${n(cx - r * 0.25)}" cy="${n(cy - r * 0.06)}" rx="${n(r * 0.45)}" ry="${n(r * 0.13)}" fill="#e3a765" opacity=".4"/>`;
}

/** A row of sugar cakes rolled in dried banana leaf (klaras), tied between the cakes; the open end shows the sugar. */
function wrappedRoll(x, y, len, r) {
  const ties = [];
  for (let t = x + r * 1.3; t < x + len - r * 0.5; t += r * 1.3) ties.push(t);
  return `${shadow(x + len / 2, y + r + 8, len * 0.55, r * 0.22)}<rect x="${x}" y="${y - r}" width="${len}" height="${2 * r}" rx="${n(r * 0.4)}" fill="#c6a36a"/>
  ${[-0.6, -0.2, 0.25, 0.65].map((t) => `<path d="M${x + 10} ${n(y + t * r)} H${x + len - 10}" stroke="#a98552" stroke-width="5" opacity=".7"/>`).join('')}
  <rect x="${x}" y="${y - r}" width="${len}" height="${n(r * 0.5)}" rx="${n(r * 0.25)}" fill="#fff" opacity=".18"/>
  ${ties.map((t) => `<rect x="${n(t - 7)}" y="${n(y - r - 6)}" width="14" height="${n(2 * r + 12)}" rx="5" fill="#7a5a2e"/>`).join('')}
  <ellipse cx="${x + len}" cy="${y}" rx="${n(r * 0.36)}" ry="${r}" fill="#9f7b45"/><ellipse cx="${x + len}" cy="${y}" rx="${n(r * 0.28)}" ry="${n(r * 0.82)}" fill="${hsl(26, 60, 26)}"/>`;
}

/** Gula Kelapa Cetak, Manggar Sari: dark moulded cakes rolled in dried banana leaf, two unwrapped in front, a coconut-shell mould behind. */
export function sugarCakesLeaf(ctx) {
  const mould = `<g transform="translate(1300 700)">${shadow(0, 90, 150, 20)}<path d="M-130 0 Q-120 100 0 100 Q120 100 130 0Z" fill="#6b4226"/><ellipse cx="0" cy="0" rx="130" ry="40" fill="#4e2f19"/><ellipse cx="0" cy="6" rx="104" ry="28" fill="${hsl(26, 60, 30)}"/></g>`;
  return `${room(ctx)}${mould}
  ${wrappedRoll(200, 560, 760, 95)}${wrappedRoll(260, 760, 740, 95)}
  ${sugarCake(1060, 880, 110, 0)}${sugarCake(1290, 930, 104, 3)}
  ${ctx.label ? brandLabel(ctx, { x: 1000, y: 320, w: 460, h: 220, angle: 3 }) : ''}`;
}

/** Gula Semut, Manggar Sari: an open kraft bag of fine crystals, a scoop of them held over it. */
export function sugarScoopBag(ctx) {
  const x = 380;
  const y = 330;
  const w = 620;
  const h = 600;
  const bag = `${shadow(x + w / 2, y + h + 6, w * 0.62, 28)}<path d="M${x} ${y} L${x + 40} ${y + h} H${x + w - 40} L${x + w} ${y} Z" fill="#b98a55"/>
  <path d="M${x} ${y} L${x + 40} ${y + h} H${x + 120} L${x + 70} ${y}Z" fill="#000" opacity=".08"/><ellipse cx="${x + w / 2}" cy="${y}" rx="${w / 2}" ry="60" fill="#8a6236"/>
  <ellipse cx="${x + w / 2}" cy="${y + 10}" rx="${w / 2 - 30}" ry="44" fill="#9a5a24"/>${grains(ctx, 260, { x: x + 50, y: y - 26, w: w - 100, h: 70, colors: BROWN, rx: 6 })}
  <path d="M${x} ${y} Q${x + w / 2} ${y + 70} ${x + w} ${y}" stroke="#a87a48" stroke-width="10" fill="none"/>
  ${brandLabel(ctx, { x: x + 110, y: y + 180, w: w - 220, h: 280 })}`;
  const falling = grains(ctx, 80, { x: 880, y: 330, w: 90, h: 160, colors: BROWN, rx: 6 });
  const scoop = `<g transform="rotate(-18 1000 300)"><path d="M820 240 Q830 360 980 360 Q1120 360 1130 240 Z" fill="#d6dbe0"/><ellipse cx="975" cy="240" rx="155" ry="40" fill="#aab3ba"/>${heap(ctx, { cx: 975, base: 250, w: 280, h: 70, fill: '#9a5a24', colors: BROWN, rx: 6 })}<rect x="1120" y="220" width="300" height="36" rx="18" fill="#9aa3aa"/></g>`;
  return `${room(ctx)}${bag}${falling}${scoop}
  ${heap(ctx, { cx: 1250, base: 1050, w: 300, h: 70, fill: '#9a5a24', colors: BROWN, rx: 6 })}`;
}

/** Gula Semut, bulk: 25 kg multi-wall kraft bags stacked on a wooden pallet in a warehouse. */
export function sugarSacksPallet(ctx) {
  const sack = (x, y, w, h) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="#c39a62" stroke="#8a6236" stroke-width="4"/><path d="M${x + 8} ${y + 14} H${x + w - 8}" stroke="#8a6236" stroke-width="4" stroke-dasharray="10 8"/>
    <rect x="${x + w * 0.25}" y="${y + h * 0.28}" width="${w * 0.5}" height="${h * 0.5}" rx="6" fill="${ctx.brand.paper}"/><rect x="${x + w * 0.25}" y="${y + h * 0.28}" width="${w * 0.5}" height="${h * 0.14}" fill="${ctx.brand.main}"/>`;
  let stack = '';
  for (let r = 0; r < 4; r++) for (let c = 0; c < 3; c++) stack += sack(300 + c * 340 + (r % 2) * 30, 780 - r * 150, 320, 140);
  const pallet = `<rect x="270" y="930" width="1100" height="30" fill="#b0834f"/>${[0, 1, 2, 3, 4].map((i) => `<rect x="${290 + i * 260}" y="960" width="80" height="50" fill="#8f6435"/>`).join('')}<rect x="270" y="1010" width="1100" height="24" fill="#a07442"/>`;
  return `<rect width="${WIDTH}" height="${HEIGHT}" fill="${hsl(40, 15, 84)}"/>${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${i * 300}" y="0" width="14" height="900" fill="#000" opacity=".06"/>`).join('')}
  <rect y="900" width="${WIDTH}" height="300" fill="${hsl(30, 8, 70)}"/>${shadow(820, 1030, 620, 30)}${pallet}${stack}
  ${brandLabel(ctx, { x: 1380, y: 140, w: 200, h: 150, max: 30 })}`;
}

/** Gula Semut Sachet, Manggar Sari: paper stick packs fanned beside a cup of coffee, with their box of fifty. */
export function sugarSticksCoffee(ctx) {
  const b = ctx.brand;
  let sticks = '';
  for (let i = 0; i < 7; i++) {
    const a = -40 + i * 13;
    sticks += `<g transform="rotate(${a} 800 980)"><rect x="780" y="560" width="44" height="420" rx="6" fill="${i % 2 ? '#f3e6cc' : '#ffffff'}" stroke="#d9c7a2" stroke-width="3"/><rect x="780" y="560" width="44" height="40" fill="${b.main}"/><rect x="780" y="940" width="44" height="40" fill="${b.second}"/><path d="M782 606 v320" stroke="${b.main}" stroke-width="3" opacity=".3"/></g>`;
  }
  const cup = `<g transform="translate(1200 760)">${plate(0, 140, 230)}<path d="M-150 -40 Q-140 140 0 140 Q140 140 150 -40Z" fill="#fff" stroke="#e0dcd4" stroke-width="4"/><path d="M150 0 q80 0 70 60 q-10 50 -90 50" stroke="#fff" stroke-width="22" fill="none"/>
  <ellipse cx="0" cy="-40" rx="150" ry="36" fill="#ece8e0"/><ellipse cx="0" cy="-36" rx="130" ry="28" fill="#5a3415"/><ellipse cx="-30" cy="-40" rx="50" ry="8" fill="#8a5a30" opacity=".6"/>
  ${[0, 1].map((i) => `<path d="M${-30 + i * 50} -90 q-20 -40 0 -80 q20 -40 0 -80" stroke="#fff" stroke-width="10" fill="none" opacity=".45"/>`).join('')}</g>`;
  const box = `${box3d(180, 470, 360, 360, 120, { front: b.paper, top: b.main, side: b.second })}${brandLabel(ctx, { x: 200, y: 520, w: 320, h: 200, max: 40 })}${barcode(ctx, 400, 740, 120, 70)}`;
  const spill = grains(ctx, 40, { x: 800, y: 1000, w: 200, h: 60, colors: BROWN, rx: 6 });
  return `${room(ctx)}${box}${cup}${sticks}${spill}`;
}

/** Gula Puan, Mak Inah: a small glass jar of grainy milk caramel, a wooden spoon and a handwritten label. */
export function gulaPuanJar(ctx) {
  const inside = (x, y, w, h) => `<rect x="${x}" y="${y + 50}" width="${w}" height="${h}" fill="#b5854a"/>
    <path d="M${x} ${y + 60} Q${x + w * 0.25} ${y + 30} ${x + w * 0.5} ${y + 60} T${x + w} ${y + 56} V${y + 100} H${x}Z" fill="#c99a5c"/>
    ${grains(ctx, 160, { x, y: y + 100, w, h: h - 100, colors: ['#9c6c36', '#d9b07a'], rx: 8, opacity: 0.7 })}`;
  const spoon = `<g transform="rotate(-16 1150 900)">${shadow(1150, 960, 260, 18)}<rect x="1160" y="882" width="360" height="32" rx="16" fill="#b07a44"/><ellipse cx="1080" cy="898" rx="110" ry="54" fill="#b07a44"/><ellipse cx="1080" cy="892" rx="90" ry="40" fill="#a0703a"/>
  <path d="M1010 890 Q1080 850 1150 890 Q1080 910 1010 890Z" fill="#b5854a"/>${grains(ctx, 20, { x: 1020, y: 870, w: 120, h: 30, colors: ['#9c6c36', '#d9b07a'], rx: 7 })}</g>`;
  return `${room(ctx)}${jar(ctx, inside, { x: 440, y: 400, w: 440, h: 500, lid: '#c8a24a', labelBox: false })}
  ${brandLabel(ctx, { x: 490, y: 650, w: 340, h: 160, max: 46, angle: -3 })}${spoon}
  ${leaf(1000, 700, 420, 150, -10)}`;
}

/** A pineapple ring seen from above at an angle. */
const ring = (cx, cy, r) =>
  `<ellipse cx="${cx}" cy="${cy + 8}" rx="${r}" ry="${n(r * 0.42)}" fill="#e2a21e"/><ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${n(r * 0.42)}" fill="#f9d45a" stroke="#eeb52b" stroke-width="5"/>
  <ellipse cx="${cx}" cy="${cy}" rx="${n(r * 0.3)}" ry="${n(r * 0.13)}" fill="#e8c065"/><ellipse cx="${cx}" cy="${cy}" rx="${n(r * 0.62)}" ry="${n(r * 0.26)}" fill="none" stroke="#fbe592" stroke-width="4"/>`;

/** Nanas Kaleng, Nanas Wangi: an open can of rings in syrup beside an unopened labelled can. */
export function pineappleCans(ctx) {
  const rings = (cx, cy, r) => `${ring(cx, cy + 8, r * 0.94)}<ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${n(r * 0.3)}" fill="#f8e49a" opacity=".45"/>`;
  const label = (x, y, w, h) => `${brandLabel(ctx, { x: x + w * 0.12, y: y + h * 0.3, w: w * 0.76, h: h * 0.42, max: 44 })}`;
  return `${room(ctx)}${can(ctx, { x: 820, y: 320, w: 440, h: 560 })}${label(820, 320, 440, 560)}
  ${can(ctx, { x: 300, y: 480, w: 400, h: 420, open: true, inside: (cx, cy, r) => rings(cx, cy, r) })}
  ${plate(1330, 1010, 170)}${ring(1300, 990, 80)}${ring(1380, 1010, 76)}
  <g transform="rotate(30 500 470)"><rect x="470" y="330" width="60" height="120" rx="10" fill="#c9d0d6"/></g>`;
}

/** Selai Nanas Madu, Nanas Wangi: a jar of thick golden jam, a spoon resting on its lid, a nastar tart beside it. */
export function pineappleJamJar(ctx) {
  const jam = (x, y, w, h) => `<rect x="${x}" y="${y + 40}" width="${w}" height="${h}" fill="#f2a51c"/><rect x="${x}" y="${y + 40}" width="${w}" height="${h}" fill="#d9780a" opacity=".25"/>
    ${grains(ctx, 30, { x, y: y + 80, w, h: h - 100, colors: ['#ffd25e', '#f7bd3c'], rx: 16, ry: 8, opacity: 0.7 })}`;
  const spoon = `<g transform="rotate(-8 700 300)"><rect x="600" y="282" width="420" height="26" rx="13" fill="#c9c9c9"/><ellipse cx="560" cy="295" rx="80" ry="34" fill="#d8d8d8"/><ellipse cx="560" cy="289" rx="62" ry="22" fill="#f2a51c"/></g>`;
  const nastar = (x, y) => `<g transform="translate(${x} ${y})">${shadow(0, 40, 60, 10)}<ellipse cx="0" cy="0" rx="56" ry="40" fill="#e8b45c"/><ellipse cx="0" cy="-6" rx="46" ry="30" fill="#f3c978"/><circle cx="0" cy="-18" r="14" fill="#d9780a"/><path d="M-8 -30 l-6 -14 M6 -30 l6 -14" stroke="#7a4a1a" stroke-width="5"/></g>`;
  return `${room(ctx)}${jar(ctx, jam, { x: 420, y: 320, w: 520, h: 580, lid: ctx.brand.main, labelBox: false })}
  ${brandLabel(ctx, { x: 470, y: 580, w: 420, h: 210, max: 44 })}${spoon}
  ${plate(1250, 960, 240)}${nastar(1150, 930)}${nastar(1290, 950)}${nastar(1220, 880)}${nastar(1360, 900)}`;
}

/** Keripik Nanas, Nanas Wangi: crisp pale-yellow pineapple chips spilling from a foil pouch. */
export function pineappleChipsFoil(ctx) {
  const look = { fill: '#f6dc84', edge: '#dcb045', dots: '#f0c860' };
  let spill = '';
  for (let i = 0; i < 18; i++) spill += chip(ctx, 820 + ctx.random() * 660, 880 + ctx.random() * 220, 70, look);
  return `${room(ctx)}${pineapple(ctx, 1260, 760, 1.2)}<g transform="rotate(-14 600 600)">${standPouch(ctx, () => '', { x: 320, y: 220, w: 540, h: 700, film: 'foil', open: true, label: { x: 0.1, y: 0.34, w: 0.8, h: 0.36 } })}</g>${spill}`;
}

/** Batik colours: soga brown, indigo, mahogany on a cream ground; `deep` for natural indigo. */
const BATIK = { ground: '#f1e4c6', soga: '#7a4a22', indigo: '#24406b', red: '#8a3324', leafGreen: '#566b3a' };

/** A small floral stamp (cap) tile: a four-petal flower with dots. */
const flowerTile = (x, y, s, fg, bg) => `<g transform="translate(${n(x)} ${n(y)})">${[0, 90, 180, 270].map((a) => `<ellipse cx="0" cy="${n(-s * 0.26)}" rx="${n(s * 0.12)}" ry="${n(s * 0.22)}" transform="rotate(${a})" fill="${fg}"/>`).join('')}<circle r="${n(s * 0.08)}" fill="${bg}"/>${[45, 135, 225, 315].map((a) => `<circle cx="${n(Math.cos((a * Math.PI) / 180) * s * 0.4)}" cy="${n(Math.sin((a * Math.PI) / 180) * s * 0.4)}" r="${n(s * 0.05)}" fill="${fg}"/>`).join('')}</g>`;

/** A roll (bolt) of cloth lying on its side with the repeating pattern on its face. */
function bolt(ctx, x, y, w, r, pattern) {
  const clip = ctx.id('bolt');
  return `<defs><clipPath id="${clip}"><rect x="${x}" y="${y - r}" width="${w}" height="${2 * r}"/></clipPath></defs>${shadow(x + w / 2, y + r + 6, w * 0.55, 18)}
  <g clip-path="url(#${clip})">${pattern(x, y - r, w, 2 * r)}</g><rect x="${x}" y="${y - r}" width="${w}" height="${2 * r}" fill="url(#boltshade)"/>
  <ellipse cx="${x + w}" cy="${y}" rx="${n(r * 0.35)}" ry="${r}" fill="#e9dcbc"/>${[0.8, 0.6, 0.4, 0.2].map((t) => `<ellipse cx="${x + w}" cy="${y}" rx="${n(r * 0.35 * t)}" ry="${n(r * t)}" fill="none" stroke="#c9b48a" stroke-width="3"/>`).join('')}`;
}

/** Kain Batik Cap, Sekar Limbasari: bolts of stamped batik with a regular floral repeat, one unrolled. */
export function batikBolts(ctx) {
  const cap = (fg, bg) => (x, y, w, h) => {
    let out = `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${bg}"/>`;
    for (let yy = y + 30; yy < y + h + 40; yy += 70) for (let xx = x + 30; xx < x + w + 40; xx += 70) out += flowerTile(xx + (((yy - y) / 70) % 2) * 35, yy, 60, fg, bg);
    return out;
  };
  const clip = ctx.id('cap');
  const unrolled = `<defs><clipPath id="${clip}"><rect x="200" y="176" width="1200" height="414"/></clipPath><linearGradient id="boltshade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity=".25"/><stop offset=".5" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".3"/></linearGradient></defs>
  <rect x="200" y="140" width="1200" height="36" rx="18" fill="#c9a15e"/><path d="M200 176 H1400 V590 H200Z" fill="${BATIK.ground}"/><g clip-path="url(#${clip})">${cap(BATIK.red, BATIK.ground)(200, 176, 1200, 414)}</g>
  ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${300 + i * 190}" y="176" width="60" height="414" fill="#000" opacity=".06"/>`).join('')}`;
  return `${room(ctx)}${unrolled}
  ${bolt(ctx, 160, 760, 560, 90, cap(BATIK.soga, BATIK.ground))}${bolt(ctx, 760, 760, 560, 90, cap(BATIK.indigo, '#e8e0cc'))}${bolt(ctx, 420, 940, 620, 96, cap(BATIK.red, BATIK.ground))}
  ${brandLabel(ctx, { x: 1130, y: 880, w: 380, h: 190, angle: 4 })}`;
}

/** A hill (gunungan) and leaf batik motif drawn by hand: irregular lines. */
function tulisPattern(ctx, x, y, w, h, ink, accent) {
  let out = `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${BATIK.ground}"/>`;
  for (let r = 0; r < Math.ceil(h / 200) + 1; r++) {
    for (let c = 0; c < Math.ceil(w / 220) + 1; c++) {
      const cx = x + 110 + c * 220 + (r % 2) * 110 + (ctx.random() - 0.5) * 20;
      const cy = y + 120 + r * 200 + (ctx.random() - 0.5) * 20;
      out += `<path d="M${n(cx - 80)} ${n(cy + 60)} Q${n(cx - 40)} ${n(cy - 70)} ${n(cx)} ${n(cy - 90)} Q${n(cx + 40)} ${n(cy - 70)} ${n(cx + 80)} ${n(cy + 60)}Z" fill="${ink}" opacity=".9"/>
      <path d="M${n(cx)} ${n(cy - 70)} V${n(cy + 50)}" stroke="${BATIK.ground}" stroke-width="5"/>${[-1, 1].map((s) => `<path d="M${n(cx)} ${n(cy - 20)} q${s * 30} -10 ${s * 50} 20 M${n(cx)} ${n(cy + 15)} q${s * 30} -10 ${s * 55} 25" stroke="${BATIK.ground}" stroke-width="4" fill="none"/>`).join('')}
      <path d="M${n(cx + 100)} ${n(cy + 30)} q30 -50 70 -40 q-20 50 -70 40z" fill="${accent}"/><circle cx="${n(cx - 100)}" cy="${n(cy - 40)}" r="8" fill="${accent}"/>`;
    }
  }
  return out;
}

/** Kain Batik Tulis, Sekar Limbasari: a hand-drawn length with hill and leaf motifs, its gift box and Batikmark tag. */
export function batikTulisLength(ctx) {
  const clip = ctx.id('tulis');
  const cloth = 'M220 160 H1120 V880 Q1060 910 1000 885 Q930 915 860 885 Q790 915 720 885 Q650 915 580 885 Q510 915 440 885 Q370 915 300 885 Q250 905 220 880 Z';
  const box = `${box3d(1040, 780, 440, 150, 130, { front: ctx.brand.main, top: '#f3e6cf', side: '#5a2c12' })}
  <g transform="translate(1120 700)"><path d="M0 0 h300 v80 h-300z" fill="${BATIK.ground}"/></g>`;
  return `${room(ctx)}<defs><clipPath id="${clip}"><path d="${cloth}"/></clipPath></defs><rect x="180" y="120" width="980" height="36" rx="18" fill="#c9a15e"/>
  <path d="${cloth}" fill="${BATIK.ground}"/><g clip-path="url(#${clip})">${tulisPattern(ctx, 220, 160, 900, 760, BATIK.soga, BATIK.indigo)}
  <rect x="220" y="160" width="900" height="50" fill="${BATIK.indigo}"/><rect x="220" y="820" width="900" height="70" fill="${BATIK.indigo}"/></g>
  ${box}${brandLabel(ctx, { x: 1180, y: 380, w: 330, h: 200, angle: 6 })}<path d="M1220 380 L1130 200" stroke="#8a6a44" stroke-width="4"/>`;
}

/** A fern frond in batik. */
const fern = (x, y, s, a, fill) => `<g transform="translate(${x} ${y}) rotate(${a}) scale(${s})"><path d="M0 0 Q20 -150 0 -300" stroke="${fill}" stroke-width="8" fill="none"/>${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<path d="M${3 - i * 0.4} ${-30 - i * 34} q${40 - i * 4} -10 ${70 - i * 7} -40 q-40 0 -70 40z M${-3 + i * 0.4} ${-30 - i * 34} q${-40 + i * 4} -10 ${-70 + i * 7} -40 q40 0 70 40z" fill="${fill}"/>`).join('')}</g>`;

/** Uneven natural-indigo ground: blotches of darker and lighter blue. */
function indigoGround(ctx, x, y, w, h, count = 30) {
  let out = `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#2c4a7a"/>`;
  for (let i = 0; i < count; i++) out += `<ellipse cx="${n(x + ctx.random() * w)}" cy="${n(y + ctx.random() * h)}" rx="${n(60 + ctx.random() * 140)}" ry="${n(40 + ctx.random() * 90)}" fill="${ctx.random() < 0.5 ? '#1c3358' : '#3d5f94'}" opacity=".45"/>`;
  return out;
}

/** Kain Batik Warna Alam, Sekar Jati: deep indigo and soft brown with a fern motif, hanging, its dye tag beside it. */
export function batikIndigoFern(ctx) {
  const clip = ctx.id('fern');
  let ferns = '';
  for (let r = 0; r < 3; r++) for (let c = 0; c < 4; c++) ferns += fern(330 + c * 250 + (r % 2) * 120, 450 + r * 230, 0.7, -15 + ((r + c) % 3) * 15, r % 2 ? '#c9a36a' : '#e9dcc0');
  const cloth = 'M240 160 H1180 V900 Q1100 930 1020 905 Q940 935 860 905 Q780 935 700 905 Q620 935 540 905 Q460 935 380 905 Q300 930 240 900 Z';
  return `${room(ctx)}<defs><clipPath id="${clip}"><path d="${cloth}"/></clipPath></defs><rect x="200" y="120" width="1020" height="36" rx="18" fill="#8d6a3e"/>
  <path d="${cloth}" fill="#2c4a7a"/><g clip-path="url(#${clip})">${indigoGround(ctx, 240, 160, 940, 780)}${ferns}
  <rect x="240" y="160" width="940" height="60" fill="#8a5a34"/><rect x="240" y="840" width="940" height="80" fill="#8a5a34"/>
  ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${320 + i * 150}" y="160" width="50" height="780" fill="#000" opacity=".08"/>`).join('')}</g>
  ${brandLabel(ctx, { x: 1180, y: 560, w: 360, h: 220, angle: 5 })}<path d="M1240 560 L1190 420" stroke="#8a6a44" stroke-width="4"/>
  <g transform="translate(1360 1000)">${shadow(0, 40, 140, 16)}<ellipse cx="-60" cy="10" rx="70" ry="28" fill="#2c4a7a"/><ellipse cx="60" cy="14" rx="70" ry="28" fill="#8a4a2a"/><path d="M-140 -10 q40 -30 80 0" stroke="#4e7a3a" stroke-width="10" fill="none"/></g>`;
}

/** Kain Batik Warna Alam, detail: close-up of crackled wax lines and uneven indigo on cotton. */
export function batikCrackleCloseup(ctx) {
  let cracks = '';
  for (let i = 0; i < 70; i++) {
    let x = ctx.random() * WIDTH;
    let y = ctx.random() * HEIGHT;
    let d = `M${n(x)} ${n(y)}`;
    for (let k = 0; k < 6; k++) {
      x += (ctx.random() - 0.5) * 140;
      y += (ctx.random() - 0.3) * 120;
      d += ` L${n(x)} ${n(y)}`;
    }
    cracks += `<path d="${d}" stroke="#13244a" stroke-width="${n(2 + ctx.random() * 3)}" fill="none" opacity=".7"/>`;
  }
  return `${indigoGround(ctx, 0, 0, WIDTH, HEIGHT, 60)}
  ${fern(520, 1150, 3.2, -12, '#e4d4b0')}${fern(1180, 1250, 2.6, 18, '#b98a56')}
  ${[[300, 200], [1380, 260], [900, 300]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="40" fill="#e4d4b0"/><circle cx="${x}" cy="${y}" r="18" fill="#2c4a7a"/>`).join('')}
  ${cracks}`;
}

/** Syal Batik Warna Alam, Sekar Jati: a folded indigo scarf with a small white dot pattern in its gift box. */
export function batikScarfBox(ctx) {
  const clip = ctx.id('scarf');
  let dots = '';
  for (let yy = 480; yy < 900; yy += 40) for (let xx = 360; xx < 1200; xx += 40) dots += `<circle cx="${xx + ((yy / 40) % 2) * 20}" cy="${yy}" r="6" fill="#eef2f7"/>`;
  const folds = [0, 1, 2].map((i) => `<path d="M340 ${600 + i * 110} H1220" stroke="#16284a" stroke-width="10" opacity=".5"/><path d="M340 ${606 + i * 110} H1220" stroke="#fff" stroke-width="4" opacity=".15"/>`).join('');
  return `${room(ctx)}${shadow(800, 960, 620, 40)}${box3d(280, 470, 1000, 430, 0, { front: '#f1ece2', top: '#f1ece2', side: '#f1ece2' })}
  <rect x="300" y="450" width="960" height="440" rx="8" fill="#e8e0d0"/><defs><clipPath id="${clip}"><rect x="340" y="470" width="880" height="400" rx="30"/></clipPath></defs>
  <g clip-path="url(#${clip})"><rect x="340" y="470" width="880" height="400" fill="#26457a"/>${indigoGround(ctx, 340, 470, 880, 400, 12)}${dots}${folds}</g>
  <path d="M1220 470 l60 -30 v440 l-60 20z" fill="#c9bfae"/><path d="M280 470 l60 -30 h880 l60 30z" fill="#ddd4c2"/>
  ${brandLabel(ctx, { x: 980, y: 700, w: 320, h: 200, angle: -6 })}
  ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `<path d="M${380 + i * 16} 870 v46" stroke="#26457a" stroke-width="6"/>`).join('')}`;
}

/** Braket Baja, Karya Mandiri: a tray of identical laser-cut bent brackets with punched holes, counted into a box. */
export function metalBracketsTray(ctx) {
  const steel = ctx.id('st');
  const bracket = (x, y) => `<g transform="translate(${x} ${y})"><path d="M0 0 h180 v60 l40 -40 h0 v0 l-40 40" fill="none"/>
    <path d="M0 40 L60 0 H240 L180 40 Z" fill="#c9d0d6" stroke="#7b858d" stroke-width="3"/><path d="M0 40 H180 V130 H0 Z" fill="url(#${steel})" stroke="#7b858d" stroke-width="3"/>
    ${[40, 140].map((cx) => `<circle cx="${cx}" cy="85" r="14" fill="#3b4248"/>`).join('')}<ellipse cx="150" cy="20" rx="16" ry="8" fill="#3b4248"/><ellipse cx="90" cy="20" rx="16" ry="8" fill="#3b4248"/></g>`;
  let rows = '';
  for (let r = 0; r < 3; r++) for (let c = 0; c < 4; c++) rows += bracket(250 + c * 250 + r * 40, 470 + r * 130);
  return `${room(ctx)}<defs>${linear(steel, ['#dfe4e8', '#9aa3aa'])}</defs>${shadow(800, 940, 640, 40)}
  <path d="M180 900 L260 430 H1360 L1440 900 Z" fill="#4b5563"/><path d="M220 880 L290 450 H1330 L1400 880 Z" fill="#6b7280"/>${rows}
  ${carton(ctx, { x: 1180, y: 640, w: 300, h: 260, d: 80 })}
  ${bracket(420, 980)}`;
}

/** Knalpot Motor, Karya Mandiri: a polished stainless motorcycle exhaust with a welded heat shield, in its foam-lined box. */
export function metalExhaust(ctx) {
  const chrome = ctx.id('chrome');
  const ex = `<g transform="rotate(-8 800 560)">
    <path d="M180 500 Q260 500 320 560 L420 600" stroke="url(#${chrome})" stroke-width="60" fill="none" stroke-linecap="round"/>
    <rect x="400" y="520" width="880" height="190" rx="95" fill="url(#${chrome})" stroke="#7b858d" stroke-width="4"/>
    <path d="M1280 560 h120 a40 40 0 0 1 0 110 h-120" fill="#aab3ba" stroke="#6b747b" stroke-width="4"/><ellipse cx="1410" cy="615" rx="34" ry="46" fill="#2b3035"/>
    <path d="M560 520 Q720 470 900 520 L900 560 Q720 520 560 560Z" fill="#c2cad0" stroke="#6b747b" stroke-width="3"/>
    <rect x="560" y="500" width="340" height="90" rx="30" fill="#9aa3aa" stroke="#6b747b" stroke-width="4"/>${[0, 1, 2, 3, 4, 5, 6].map((i) => `<circle cx="${600 + i * 45}" cy="545" r="12" fill="#3b4248"/>`).join('')}
    <path d="M560 500 h340" stroke="#d8c28a" stroke-width="6" opacity=".8"/><path d="M560 590 h340" stroke="#c6a96a" stroke-width="6" opacity=".8"/>
    <rect x="440" y="540" width="820" height="26" rx="13" fill="#fff" opacity=".55"/><path d="M400 615 h0" stroke="#000"/>
    <circle cx="180" cy="500" r="34" fill="#8d969d" stroke="#5b636a" stroke-width="6"/>${[0, 1, 2].map((i) => `<path d="M${1000 + i * 60} 520 v190" stroke="#b58a4a" stroke-width="4" opacity=".5"/>`).join('')}</g>`;
  const box = `${box3d(200, 860, 1200, 200, 0, { front: '#c8955a', top: '#c8955a', side: '#c8955a' })}<rect x="220" y="840" width="1160" height="40" fill="#3b3f46"/>`;
  return `${room(ctx)}<defs>${linear(chrome, ['#f4f6f7', '#b8c0c6', '#ffffff', '#8d969d'])}</defs>${shadow(800, 1060, 650, 30)}${box}
  ${brandLabel(ctx, { x: 260, y: 890, w: 380, h: 150, max: 40 })}${ex}`;
}

/** Loyang Kue, Logam Jaya: nested square and round tinplate baking tins, their label hanging on the wall. */
export function metalBakingTins(ctx) {
  const tin = ctx.id('tin');
  let squares = '';
  for (let i = 0; i < 3; i++) {
    const s = 520 - i * 90;
    const x = 260 + i * 45;
    const y = 560 + i * 18;
    squares += `<path d="M${x} ${y} l${s * 0.25} ${-s * 0.18} h${s} l${-s * 0.25} ${s * 0.18} Z" fill="#d6dde2" stroke="#8d969d" stroke-width="4"/><path d="M${x + 24} ${y - 4} l${s * 0.25 - 10} ${-s * 0.18 + 8} h${s - 40} l${-s * 0.25 + 10} ${s * 0.18 - 8} Z" fill="#b9c2c8"/>
    <rect x="${x}" y="${y}" width="${s}" height="${120 - i * 10}" fill="url(#${tin})" stroke="#8d969d" stroke-width="4"/>`;
  }
  let rounds = '';
  for (let i = 0; i < 3; i++) {
    const r = 230 - i * 45;
    const cx = 1180;
    const cy = 760 - i * 36;
    rounds += `<path d="M${cx - r} ${cy} v90 a${r} ${r * 0.3} 0 0 0 ${2 * r} 0 v-90" fill="url(#${tin})" stroke="#8d969d" stroke-width="4"/><ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${n(r * 0.3)}" fill="#c9d0d6" stroke="#8d969d" stroke-width="4"/><ellipse cx="${cx}" cy="${cy + 6}" rx="${r - 20}" ry="${n(r * 0.3 - 8)}" fill="#b2bbc2"/>`;
  }
  // The label hangs from a nail on the wall, as in the workshop's showroom.
  const paper = `<circle cx="800" cy="150" r="10" fill="#6b7280"/><path d="M800 150 L700 262 M800 150 L900 255" stroke="#8a6a44" stroke-width="4"/>`;
  return `${room(ctx)}<defs>${linear(tin, ['#f1f4f6', '#aab3ba', '#e4e8eb'], { x2: 1, y2: 0 })}</defs>${paper}${brandLabel(ctx, { x: 620, y: 260, w: 360, h: 130, max: 40, angle: -4 })}
  <g transform="translate(-40 230) scale(1.08)">${shadow(560, 720, 420, 30)}${squares}</g><g transform="translate(0 150)">${shadow(1180, 860, 280, 30)}${rounds}</g>`;
}

/** Wajan Baja, Logam Jaya: a dark carbon-steel wok with two riveted handles, a paper-wrapped bundle behind. */
export function metalWok(ctx) {
  const steel = ctx.id('wok');
  const handle = (x, flip) => `<g transform="translate(${x} 620) scale(${flip} 1)"><path d="M0 0 q70 -10 110 20 q-40 30 -110 20" fill="none" stroke="#1f2326" stroke-width="20" stroke-linecap="round"/><circle cx="4" cy="2" r="9" fill="#aab3ba"/><circle cx="4" cy="36" r="9" fill="#aab3ba"/></g>`;
  const bundle = `<g transform="translate(1200 380)">${shadow(0, 330, 240, 20)}${[0, 1, 2, 3].map((i) => `<ellipse cx="0" cy="${300 - i * 40}" rx="230" ry="60" fill="${i % 2 ? '#e0cfa8' : '#d6c295'}" stroke="#b8a178" stroke-width="3"/>`).join('')}<rect x="-10" y="150" width="20" height="190" fill="#8a6a44"/>
  ${brandLabel(ctx, { x: -170, y: 0, w: 340, h: 150, max: 40 })}</g>`;
  return `${room(ctx)}${bundle}<defs>${radial(steel, [['#6b7378'], ['#2e3438'], ['#15181a']], { cx: 0.42, cy: 0.35, r: 0.7 })}</defs>
  ${shadow(600, 930, 400, 44)}<path d="M220 630 Q250 920 600 930 Q950 920 980 630 Z" fill="#1c2023"/>
  <ellipse cx="600" cy="630" rx="390" ry="110" fill="#3b4248"/><ellipse cx="600" cy="640" rx="360" ry="92" fill="url(#${steel})"/>
  <ellipse cx="520" cy="620" rx="150" ry="28" fill="#fff" opacity=".12"/><path d="M330 610 Q600 560 870 610" stroke="#c9a15e" stroke-width="4" opacity=".25" fill="none"/>
  ${handle(985, 1)}${handle(215, -1)}`;
}
