/**
 * Everyday foods: rice, tofu, tempe, tempe chips, shrimp paste, milkfish and
 * spring-roll wrappers, each in the pack its producer actually uses.
 */
import { barcode, brandLabel } from './brands.mjs';
import { blob, grains, heap, hsl, leaf, n, plate, room, shadow } from './helpers.mjs';
import { box3d, openBox, pillowBag, standPouch, vacuumPack, wovenSack } from './packs.mjs';

const WHITE_RICE = ['#fbf8ee', '#f1ead8', '#ffffff'];
const RED_RICE = ['#b5523f', '#9c4433', '#c96a55', '#8a3b2c'];
const riceFill = (ctx, colors, base) => (x, y, w, h) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${base}"/>${grains(ctx, Math.round((w * h) / 180), { x, y, w, h, colors, rx: 10 })}`;

/** Beras Merah, Bende Makmur: a 1 kg vacuum brick of red rice, grains spilling in front. */
export function riceVacuumBrick(ctx) {
  return `${room(ctx)}${vacuumPack(ctx, riceFill(ctx, RED_RICE, '#a3493a'), { x: 380, y: 260, w: 560, h: 640, angle: 6, label: { x: 80, y: 300, w: 400, h: 220 } })}
  <g transform="translate(1230 930)">${shadow(0, 60, 260, 30)}${heap(ctx, { cx: 0, base: 50, w: 480, h: 150, fill: '#9c4433', colors: RED_RICE, rx: 10 })}</g>
  ${grains(ctx, 60, { x: 950, y: 1000, w: 560, h: 150, colors: RED_RICE, rx: 10 })}`;
}

/** Beras Premium, Bende Makmur: a 5 kg woven rice bag with a green label and a window of white grains, a scoop in front. */
export function riceSack(ctx) {
  const scoop = `<g transform="translate(1250 930)">${shadow(0, 70, 250, 28)}${heap(ctx, { cx: 0, base: 60, w: 440, h: 120, fill: '#efe8d6', colors: WHITE_RICE, rx: 10 })}
  <path d="M-40 -30 Q40 -150 170 -140 L190 -100 Q90 -110 30 -20Z" fill="#b58550"/><path d="M-150 0 Q-150 -90 -40 -80 Q50 -70 50 0 Q-10 40 -150 0Z" fill="#c9995f"/>${grains(ctx, 40, { x: -140, y: -60, w: 170, h: 50, colors: WHITE_RICE, rx: 9 })}</g>`;
  return `${room(ctx)}${wovenSack(ctx, riceFill(ctx, WHITE_RICE, '#efe8d6'), { x: 300, y: 160, w: 640, h: 760 })}${scoop}`;
}

/** A block of tofu in simple 3D. */
const tofuBlock = (x, y, s, tint = 0) => box3d(x, y, s, s * 0.6, s * 0.5, { front: hsl(44, 60, 88 - tint), top: hsl(45, 70, 95 - tint), side: hsl(42, 50, 78 - tint), stroke: '#b9a66e' });

/** Tahu Putih, Mbak Wulan: square white blocks in a tray of water, a bag of ten beside it. */
export function tofuTray(ctx) {
  let blocks = '';
  for (let row = 0; row < 3; row++) for (let c = 0; c < 4; c++) blocks += tofuBlock(250 + c * 170 + row * 50, 600 + row * 95, 140, row * 2);
  const bag = (x, y, w, h) => {
    let out = '';
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) out += tofuBlock(x + 30 + c * 110 + r * 10, y + 90 + r * 120, 96, 2);
    return out;
  };
  return `${room(ctx)}${shadow(700, 960, 560, 40)}
  <path d="M170 560 H1080 L1150 930 H120 Z" fill="${hsl(200, 30, 82)}"/><rect x="110" y="900" width="1050" height="56" rx="22" fill="${hsl(200, 35, 62)}"/>
  <path d="M190 580 H1060 L1120 900 H150 Z" fill="#cfe6ee"/>${blocks}
  <path d="M150 760 H1110 L1120 900 H150 Z" fill="#d7eef5" opacity=".55"/>${[0, 1, 2].map((i) => `<path d="M${260 + i * 250} ${820 + i * 20} q40 -10 80 0" stroke="#fff" stroke-width="5" fill="none" opacity=".7"/>`).join('')}
  ${pillowBag(ctx, bag, { x: 1140, y: 330, w: 400, h: 560, angle: 4, sticker: { x: 60, y: 40, w: 280, h: 150 } })}`;
}

/** A banana-leaf tempe parcel tied with string. */
function leafParcel(ctx, x, y, w, h, angle) {
  return `<g transform="rotate(${angle} ${n(x + w / 2)} ${n(y + h / 2)})">${shadow(x + w / 2, y + h + 8, w * 0.55, 12)}
  <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="16" fill="#5d9a48"/><path d="M${x} ${y + h * 0.3} Q${x + w / 2} ${y + h * 0.2} ${x + w} ${y + h * 0.32}" stroke="#3f7a30" stroke-width="5" fill="none"/>
  <path d="M${x + 10} ${y + 8} L${x + w * 0.6} ${y + h - 8}" stroke="#86bf6d" stroke-width="6" opacity=".6"/>${[0.3, 0.7].map((t) => `<rect x="${n(x + w * t - 5)}" y="${y - 4}" width="10" height="${h + 8}" fill="#d9c08a"/>`).join('')}</g>`;
}

/** Tempe Bungkus Daun, Pak Harjo: a bundle of ten leaf parcels tied together, one opened. */
export function tempeLeafParcels(ctx) {
  let bundle = '';
  for (let r = 0; r < 2; r++) for (let c = 0; c < 5; c++) bundle += leafParcel(ctx, 240 + c * 170 + r * 40, 560 + r * 150, 160, 110, (c % 2 ? 3 : -3));
  const opened = `${leaf(980, 760, 520, 260, -4)}<rect x="1110" y="830" width="230" height="120" rx="12" fill="#f6f0df"/>${grains(ctx, 40, { x: 1120, y: 840, w: 210, h: 100, colors: ['#e4d3a1', '#d9c48b'], rx: 13, ry: 10 })}<rect x="1110" y="830" width="230" height="120" rx="12" fill="#fff" opacity=".3"/>`;
  return `${room(ctx)}${opened}${bundle}<path d="M230 700 Q640 640 1140 700" stroke="#c9a66b" stroke-width="10" fill="none"/><path d="M270 850 Q660 800 1180 850" stroke="#c9a66b" stroke-width="10" fill="none"/>`;
}

/** Tempeh surface: white mycelium with soybean bumps. */
function tempehFace(ctx, x, y, w, h) {
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="#f6f0df"/>
  ${grains(ctx, Math.round((w * h) / 700), { x: x + 12, y: y + 12, w: w - 24, h: h - 24, colors: ['#e4d3a1', '#d9c48b', '#eadcb4'], rx: 15, ry: 11 })}
  <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="#fff" opacity=".3"/>`;
}

/** Tempe Kedelai, Mbak Wulan: a 500 g slab in perforated plastic, one end cut open to show the beans. */
export function tempeSlab(ctx) {
  let holes = '';
  for (let r = 0; r < 4; r++) for (let c = 0; c < 9; c++) holes += `<circle cx="${330 + c * 70 + (r % 2) * 35}" cy="${520 + r * 60}" r="5" fill="#8aa" opacity=".45"/>`;
  const cut = `<rect x="1060" y="640" width="300" height="200" fill="#f3ecd8"/>${grains(ctx, 70, { x: 1070, y: 650, w: 280, h: 180, colors: ['#e6d2a0', '#d8c185', '#cdb176'], rx: 17, ry: 12 })}`;
  return `${room(ctx)}${shadow(760, 900, 520, 36)}<path d="M300 640 h760 v200 h-760z" fill="#e9e1c8"/>${tempehFace(ctx, 300, 470, 760, 200)}
  <path d="M300 470 h760 v370 h-760z" fill="#fff" opacity=".22"/>${holes}<path d="M290 460 h780" stroke="#fff" stroke-width="8" opacity=".7"/>
  ${cut}<path d="M1060 640 l80 -60 h300 l-80 60z" fill="#f6f0df"/><path d="M1360 640 l80 -60 v200 l-80 60z" fill="#ddd2b2"/>
  <g transform="rotate(-20 1300 980)"><rect x="1180" y="960" width="320" height="26" rx="6" fill="#c9ced2"/><rect x="1040" y="958" width="150" height="32" rx="10" fill="#5b3a22"/></g>
  ${ctx.label ? brandLabel(ctx, { x: 420, y: 520, w: 380, h: 150, max: 46 }) : ''}`;
}

/** A thin fried chip in a light batter (tempe or pineapple). */
export function chip(ctx, cx, cy, r, { fill, edge, dots }) {
  const pts = blob(ctx, cx, cy, r, { count: 12, min: 0.75, spread: 0.3, sy: 0.62 });
  let spots = '';
  for (let k = 0; k < 5; k++) spots += `<ellipse cx="${n(cx + (ctx.random() - 0.5) * r)}" cy="${n(cy + (ctx.random() - 0.5) * r * 0.5)}" rx="${n(r * 0.12)}" ry="${n(r * 0.08)}" fill="${dots}"/>`;
  return `<polygon points="${pts}" fill="${fill}" stroke="${edge}" stroke-width="4" stroke-linejoin="round"/>${spots}`;
}

/** Keripik Tempe, Mbak Wulan: thin golden battered tempe chips in a printed pouch, a bowl of them beside it. */
export function tempeChipsPouch(ctx) {
  const look = { fill: '#e9b45a', edge: '#c27f2a', dots: '#c9a865' };
  const inside = (x, y, w, h) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#f2d9a3"/>${(() => {
    let out = '';
    for (let i = 0; i < 26; i++) out += chip(ctx, x + ctx.random() * w, y + ctx.random() * h, 60, look);
    return out;
  })()}`;
  let bowl = '';
  for (let i = 0; i < 12; i++) bowl += chip(ctx, 1080 + ctx.random() * 340, 760 + ctx.random() * 90, 70, look);
  return `${room(ctx)}${standPouch(ctx, inside, { x: 300, y: 200, w: 560, h: 720, film: 'print', windowBox: { x: 0.14, y: 0.16, w: 0.72, h: 0.34 }, label: { x: 0.1, y: 0.54, w: 0.8, h: 0.32 } })}
  ${shadow(1250, 940, 280, 30)}<path d="M1000 800 Q1010 930 1250 940 Q1490 930 1500 800Z" fill="${hsl(210, 45, 55)}"/><ellipse cx="1250" cy="800" rx="250" ry="50" fill="${hsl(210, 40, 40)}"/>${bowl}
  <path d="M1010 850 Q1250 900 1490 850" stroke="#fff" stroke-width="8" fill="none" opacity=".35"/>
  ${leaf(1000, 980, 260, 90, 12)}`;
}

/** Terasi Bakar, Rebon Sejahtera: a strip of small foil sachets, one torn open with roasted crumbs, and the 50 g pouch. */
export function terasiSachets(ctx) {
  const b = ctx.brand;
  let strip = '';
  for (let i = 0; i < 6; i++) {
    const x = 160 + i * 150;
    strip += `<rect x="${x}" y="620" width="140" height="200" rx="6" fill="#c9d0d6"/><rect x="${x}" y="620" width="140" height="200" rx="6" fill="url(#foil)"/>
    <rect x="${x}" y="620" width="140" height="26" fill="${b.main}"/><rect x="${x + 16}" y="680" width="108" height="80" rx="8" fill="${b.paper}"/><circle cx="${x + 70}" cy="720" r="24" fill="${b.main}"/><path d="M${x + 56} 720 q14 -20 28 0" stroke="${b.second}" stroke-width="6" fill="none"/>
    ${i < 5 ? `<path d="M${x + 145} 620 V820" stroke="#8d969d" stroke-width="3" stroke-dasharray="8 6"/>` : ''}`;
  }
  const crumbs = grains(ctx, 90, { x: 1030, y: 930, w: 300, h: 90, colors: ['#5a3424', '#6e4330', '#43261a'], rx: 9, ry: 7 });
  return `${room(ctx)}<defs><linearGradient id="foil" x1="0" x2="1"><stop offset="0" stop-color="#fff" stop-opacity=".5"/><stop offset=".5" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".15"/></linearGradient></defs>
  <g transform="rotate(-6 600 720)">${shadow(600, 830, 480, 20)}${strip}</g>
  ${standPouch(ctx, () => '', { x: 1090, y: 220, w: 400, h: 560, film: 'foil', label: { x: 0.1, y: 0.3, w: 0.8, h: 0.4 } })}
  ${plate(1180, 990, 220)}${crumbs}
  <g transform="rotate(14 920 980)"><rect x="850" y="900" width="140" height="160" rx="6" fill="#c9d0d6"/><path d="M850 900 l20 -16 l20 16 l20 -16 l20 16 l20 -16 l20 16 l20 -16" fill="none" stroke="#8d969d" stroke-width="4"/><rect x="850" y="930" width="140" height="20" fill="${b.main}"/></g>`;
}

/** A wrapped block of terasi in 3D: printed plastic over paper. */
function terasiBlock(ctx, x, y, w, h, d, open = false) {
  const b = ctx.brand;
  if (open) {
    return `${shadow(x + w / 2 + d / 2, y + h + 6, w * 0.7, 18)}${box3d(x, y, w, h, d, { front: '#4a2a2c', top: '#6a3c3c', side: '#3a1f22' })}
    ${grains(ctx, 14, { x, y: y + 10, w, h: h - 20, colors: ['#2e1719', '#5d3335'], rx: 6, ry: 4 })}`;
  }
  return `${shadow(x + w / 2 + d / 2, y + h + 6, w * 0.7, 18)}${box3d(x, y, w, h, d, { front: '#f7efdc', top: '#fbf5e7', side: '#e5d8bc' })}
  <rect x="${x}" y="${n(y + h * 0.18)}" width="${w}" height="${n(h * 0.64)}" fill="${b.main}"/><rect x="${x}" y="${n(y + h * 0.18)}" width="${w}" height="8" fill="${b.second}"/>
  ${brandLabel(ctx, { x: x + w * 0.12, y: y + h * 0.26, w: w * 0.76, h: h * 0.48, max: 34, brandName: false })}
  <path d="M${x} ${y} l${d} ${-d * 0.6} h${w} l${-d} ${d * 0.6}z" fill="#fff" opacity=".25"/>`;
}

/** Terasi Udang Rebon: wrapped blocks, one unwrapped to show the dark purple-brown paste. */
export function terasiBlocks(ctx) {
  return `${room(ctx)}${leaf(180, 760, 700, 260, 3)}
  ${terasiBlock(ctx, 200, 540, 420, 220, 130)}${terasiBlock(ctx, 700, 440, 420, 220, 130)}
  <g transform="translate(380 820)">${terasiBlock(ctx, 0, 0, 300, 150, 90, true)}</g>
  ${terasiBlock(ctx, 980, 760, 380, 200, 110)}
  <g transform="translate(850 880)"><path d="M-60 0 L60 -40 L100 60 L-20 100Z" fill="#f5ecd6" stroke="#d8c9a8" stroke-width="3"/></g>`;
}

/** Terasi Udang Rebon, pack: an open carton of forty wrapped blocks, each with its barcode label. */
export function terasiCarton(ctx) {
  const b = ctx.brand;
  const [x, y, w, h, d] = [300, 520, 1000, 380, 300];
  let blocks = '';
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 5; c++) {
      const bx = x + 30 + c * 190 + (3 - r) * d * 0.22;
      const by = y - 30 - (3 - r) * d * 0.13;
      blocks += `<rect x="${n(bx)}" y="${n(by - 50)}" width="170" height="60" rx="6" fill="${b.main}" stroke="#000" stroke-opacity=".2" stroke-width="3"/><rect x="${n(bx + 10)}" y="${n(by - 42)}" width="70" height="44" fill="#fff"/>
      ${barcode(ctx, bx + 12, by - 40, 66, 40)}<rect x="${n(bx + 90)}" y="${n(by - 40)}" width="70" height="12" rx="6" fill="${b.second}"/>`;
    }
  }
  return `${room(ctx)}${openBox(x, y, w, h, d, { inside: '#7d5a33', front: '#c8955a', side: '#a97942' }, blocks)}
  <path d="M${x} ${y} l-90 -120 l${d} ${-d * 0.6} l90 120Z" fill="#d3a56c"/><path d="M${x + d} ${y - d * 0.6} h${w} l40 -90 h${-w} Z" fill="#caa06a"/>
  ${brandLabel(ctx, { x: x + 80, y: y + 60, w: 440, h: 240, max: 44 })}${barcode(ctx, x + 620, y + 120, 300, 150)}
  <path d="M${x + w} ${y} l90 120 l${d} ${-d * 0.6} l-90 -120Z" fill="#b98850"/>`;
}

/** A milkfish (bandeng): slender, deeply forked tail. tone: fresh | presto | smoked. */
function milkfish(x, y, s, tone = 'fresh') {
  const body = { fresh: ['#c7d1d6', '#8e9ca4', '#eef3f5'], presto: ['#e7c25c', '#c9962f', '#f6dc8f'], smoked: ['#b06a26', '#7d4516', '#d9953f'], fried: ['#b8741f', '#8a4f12', '#e2a64c'] }[tone];
  return `<g transform="translate(${x} ${y}) scale(${s})">
  <path d="M250 0 L360 -90 Q340 0 360 90 Z" fill="${body[1]}"/>
  <path d="M-300 0 Q-250 -80 -60 -90 Q150 -80 260 0 Q150 80 -60 86 Q-250 78 -300 0Z" fill="${body[0]}"/>
  <path d="M-300 0 Q-250 -80 -60 -90 Q150 -80 260 0 Q100 -30 -60 -30 Q-200 -30 -300 0Z" fill="${body[1]}" opacity=".7"/>
  <path d="M-250 30 Q0 60 230 10" stroke="${body[2]}" stroke-width="12" fill="none" opacity=".8"/>
  <path d="M-40 -86 L20 -130 L80 -84Z" fill="${body[1]}"/>
  <path d="M-200 -50 Q-180 0 -200 50" stroke="${body[1]}" stroke-width="8" fill="none"/>
  <circle cx="-245" cy="-12" r="16" fill="#fff"/><circle cx="-245" cy="-12" r="9" fill="#22303a"/></g>`;
}

/** A milkfish split open flat (butterflied) and smoked dark gold. */
function splitFish(x, y, s) {
  return `<g transform="translate(${x} ${y}) scale(${s})"><path d="M-320 0 Q-300 -170 -40 -180 Q200 -170 280 -40 L380 -120 Q350 0 380 120 L280 40 Q200 170 -40 180 Q-300 170 -320 0Z" fill="#8a4b18"/>
  <path d="M-290 0 Q-270 -140 -40 -150 Q180 -140 250 -20 V20 Q180 140 -40 150 Q-270 140 -290 0Z" fill="#c9802c"/>
  <path d="M-280 0 H250" stroke="#7a3f12" stroke-width="14"/>${[-200, -140, -80, -20, 40, 100, 160].map((d) => `<path d="M${d} -8 q20 -50 10 -110 M${d} 8 q20 50 10 110" stroke="#e6a85a" stroke-width="6" fill="none" opacity=".7"/>`).join('')}
  <ellipse cx="-120" cy="-60" rx="90" ry="30" fill="#f1c27a" opacity=".4"/></g>`;
}

/** Bandeng Asap, Tiga Putri: a split smoked milkfish in a vacuum pack, coconut husk beside it. */
export function bandengSmokedPack(ctx) {
  const husk = `<g transform="translate(1320 960)">${shadow(0, 50, 170, 20)}<path d="M-150 40 Q-160 -60 -40 -80 Q120 -90 160 20 Q100 70 -150 40Z" fill="#8b5a2b"/>${[-100, -60, -20, 20, 60, 100].map((d) => `<path d="M${d} -60 q10 50 -10 90" stroke="#5e3a17" stroke-width="5" fill="none"/>`).join('')}</g>`;
  return `${room(ctx)}${vacuumPack(ctx, (x, y, w, h) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#e7dcc8"/>${splitFish(x + w / 2, y + h / 2 + 20, 0.95)}`, { x: 200, y: 260, w: 900, h: 560, angle: -4, label: { x: 610, y: 24, w: 250, h: 250, max: 40 } })}${husk}`;
}

/** Bandeng Presto, Tiga Putri: two whole yellow-tinged milkfish in a clear vacuum pack with a printed label. */
export function bandengPrestoPack(ctx) {
  return `${room(ctx)}${vacuumPack(ctx, (x, y, w, h) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#eef2f3"/>${milkfish(x + w / 2 - 20, y + h * 0.3, 1.05, 'presto')}${milkfish(x + w / 2 + 20, y + h * 0.72, 1.05, 'presto')}`, { x: 300, y: 200, w: 1000, h: 700, label: { x: 700, y: 280, w: 270, h: 270, max: 36 } })}`;
}

/** Bandeng Presto, fried: a fried milkfish on a plate with sambal and rice. */
export function bandengFriedPlate(ctx) {
  const rice = `<g>${heap(ctx, { cx: 1260, base: 880, w: 320, h: 170, fill: '#f6f2e8', colors: WHITE_RICE, rx: 11 })}</g>`;
  const sambal = `<ellipse cx="1180" cy="980" rx="110" ry="34" fill="#f5f1ea"/><ellipse cx="1180" cy="976" rx="86" ry="24" fill="#c4321f"/>${[[-30, -4], [10, 2], [40, -6]].map(([dx, dy]) => `<circle cx="${1180 + dx}" cy="${976 + dy}" r="7" fill="#e7653f"/>`).join('')}`;
  const cucumber = [0, 1, 2].map((i) => `<ellipse cx="${1380 + i * 50}" cy="${990 - i * 14}" rx="36" ry="14" fill="#7bb661" stroke="#4e8a3a" stroke-width="4"/><ellipse cx="${1380 + i * 50}" cy="${990 - i * 14}" rx="22" ry="7" fill="#e8f4d9"/>`).join('');
  return `${room(ctx)}${shadow(820, 1010, 740, 70)}<ellipse cx="820" cy="900" rx="720" ry="200" fill="${hsl(200, 20, 86)}"/><ellipse cx="820" cy="892" rx="640" ry="168" fill="#ffffff"/>
  ${leaf(260, 760, 820, 220, -2)}${milkfish(640, 860, 0.95, 'fried')}
  ${[-150, -50, 50].map((d) => `<path d="M${640 + d} 820 l40 60" stroke="#6b3a0c" stroke-width="8" opacity=".5"/>`).join('')}
  ${rice}${sambal}${cucumber}<g transform="translate(420 690)"><ellipse rx="60" ry="30" fill="#7bbf5a"/><path d="M-40 0 H40" stroke="#5a9a44" stroke-width="5"/></g>`;
}

/** A pile of thin round wrappers seen at an angle. */
function wrapperStack(cx, base, rx, count, step = 9) {
  let out = '';
  for (let i = 0; i < count; i++) out += `<ellipse cx="${cx + (i % 3) * 3}" cy="${base - i * step}" rx="${rx}" ry="${n(rx * 0.3)}" fill="${i % 2 ? '#f4ead2' : '#fbf4e2'}" stroke="#e0cfa8" stroke-width="3"/>`;
  return out;
}

/** Kulit Lumpia Beku, Sumber Sari: a frosted vacuum pack of 30 round wrappers with its printed label. */
export function lumpiaFrozenPack(ctx) {
  let frost = '';
  for (let i = 0; i < 60; i++) frost += `<circle cx="${n(310 + ctx.random() * 980)}" cy="${n(260 + ctx.random() * 520)}" r="${n(2 + ctx.random() * 5)}" fill="#fff" opacity=".8"/>`;
  const inside = (x, y, w, h) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#e9e0c8"/><circle cx="${x + w / 2}" cy="${y + h / 2}" r="${n(Math.min(w, h) * 0.46)}" fill="#f8f0da" stroke="#e0cfa8" stroke-width="4"/>
    ${[1, 2, 3, 4].map((i) => `<circle cx="${x + w / 2}" cy="${y + h / 2}" r="${n(Math.min(w, h) * 0.46 - i * 4)}" fill="none" stroke="#eadcb8" stroke-width="2"/>`).join('')}`;
  const ice = [[1300, 940], [1380, 1000], [1230, 1020]].map(([x, y]) => `<rect x="${x}" y="${y}" width="70" height="60" rx="10" fill="#dff3fb" stroke="#fff" stroke-width="4" transform="rotate(12 ${x} ${y})"/>`).join('');
  return `${room(ctx)}<g transform="rotate(-5 800 520)">${vacuumPack(ctx, inside, { x: 280, y: 180, w: 1040, h: 680, label: { x: 90, y: 420, w: 380, h: 220, max: 40 } })}</g>${frost}
  ${ice}`;
}

/** Kulit Lumpia, Sumber Sari: a stack of thin round wrappers in a clear bag, one lifted to show how thin. */
export function lumpiaBag(ctx) {
  const inside = (x, y, w, h) => wrapperStack(x + w / 2, y + h - 60, w * 0.46, 40, 10);
  const lifted = `<path d="M1000 760 Q1150 690 1380 700 Q1520 720 1530 770 Q1380 820 1180 820 Q1040 810 1000 760Z" fill="#fdf7e8" stroke="#e0cfa8" stroke-width="3" opacity=".9"/>`;
  return `${room(ctx)}${plate(1260, 900, 300, { fill: '#fbfbf8', rim: hsl(30, 25, 78) })}${wrapperStack(1260, 880, 250, 10)}${lifted}
  ${pillowBag(ctx, inside, { x: 240, y: 280, w: 720, h: 620, angle: -2, sticker: { x: 210, y: 40, w: 300, h: 170 } })}`;
}
