/**
 * Crackers and the chilli dip: kemplang (grilled, charcoal-grilled, fried,
 * raw, spicy), kerupuk ikan, kerupuk bawang, kerupuk udang and sambal cuka.
 * Each product has its own scene and pack, in its producer's look.
 */
import { brandLabel } from './brands.mjs';
import { blob, HEIGHT, hsl, leaf, n, plate, room, shadow, sky, WIDTH } from './helpers.mjs';
import { bottle, carton, openBox, pillowBag, standPouch } from './packs.mjs';

const TONES = {
  // face, rim, underside, spot colour
  pale: ['#f3e3bf', '#d9b27a', '#c99a5c', '#a8692c'],
  char: ['#ecd3a2', '#6b4424', '#8a5a30', '#3d2714'],
  fried: ['#f2c46a', '#d0892e', '#b8742a', '#b0601c'],
  raw: ['#e9e1d0', '#cfc3aa', '#bfb29a', '#8f8676'],
  chilli: ['#e9894f', '#b8431f', '#a83c1c', '#8e1b0c'],
};

/** A round kemplang seen at `tilt` (1 = from above). tone: pale | char | fried | raw | chilli. */
export function kemplangDisc(ctx, cx, cy, r, tilt = 0.92, tone = 'pale') {
  const [face, rim, under, spot] = TONES[tone];
  let spots = '';
  for (let k = 0; k < 7; k++) {
    const a = ctx.random() * Math.PI * 2;
    const d = ctx.random() * r * 0.75;
    spots += `<ellipse cx="${n(cx + Math.cos(a) * d)}" cy="${n(cy + Math.sin(a) * d * tilt)}" rx="${n((4 + ctx.random() * 9) * (tone === 'chilli' ? 0.5 : 1))}" ry="${n(3 + ctx.random() * 6) * (tone === 'chilli' ? 0.5 : 1)}" fill="${spot}" opacity="${n(0.3 + ctx.random() * 0.4)}"/>`;
  }
  const edge = tone === 'char' ? `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r * 0.93)}" ry="${n(r * tilt * 0.93)}" fill="none" stroke="#8a5a30" stroke-width="${n(r * 0.12)}" opacity=".55"/>` : '';
  const glaze = tone === 'raw' ? 0.25 : 0.45;
  return `<ellipse cx="${n(cx)}" cy="${n(cy + 6)}" rx="${n(r)}" ry="${n(r * tilt)}" fill="${under}"/>
  <ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r)}" ry="${n(r * tilt)}" fill="${face}" stroke="${rim}" stroke-width="5"/>${edge}
  <ellipse cx="${n(cx - r * 0.15)}" cy="${n(cy - r * 0.2 * tilt)}" rx="${n(r * 0.5)}" ry="${n(r * 0.32 * tilt)}" fill="#fffaf0" opacity="${glaze}"/>${spots}`;
}

/** A fried kemplang: puffed, wavy and golden, never quite round. */
function friedKemplang(ctx, cx, cy, r) {
  const pts = blob(ctx, cx, cy, r, { count: 16, min: 0.86, spread: 0.22, sy: 0.7 });
  let bubbles = '';
  for (let k = 0; k < 8; k++) bubbles += `<circle cx="${n(cx + (ctx.random() - 0.5) * r * 1.3)}" cy="${n(cy + (ctx.random() - 0.5) * r * 0.8)}" r="${n(4 + ctx.random() * 7)}" fill="#fff3c4" opacity=".55"/>`;
  return `<polygon points="${pts}" fill="#f0b955" stroke="#c97e25" stroke-width="5" stroke-linejoin="round"/><ellipse cx="${n(cx - r * 0.1)}" cy="${n(cy - r * 0.12)}" rx="${n(r * 0.55)}" ry="${n(r * 0.26)}" fill="#f9d98a" opacity=".7"/>${bubbles}`;
}

/** A wavy-edged cracker (kerupuk bawang) in any colour; `ridged` adds the raw cracker's ridges. */
function flowerCracker(ctx, cx, cy, r, color, ridged = false) {
  const points = [];
  const petals = 9 + Math.floor(ctx.random() * 4);
  for (let i = 0; i <= petals * 2; i++) {
    const a = (i / (petals * 2)) * Math.PI * 2;
    const rr = i % 2 ? r * 0.86 : r;
    points.push(`${n(cx + Math.cos(a) * rr)},${n(cy + Math.sin(a) * rr * 0.9)}`);
  }
  const ridges = ridged ? [0.35, 0.6, 0.82].map((t) => `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r * t)}" ry="${n(r * t * 0.9)}" fill="none" stroke="#c9b98e" stroke-width="4"/>`).join('') : '';
  return `<polygon points="${points.join(' ')}" fill="${color}" stroke="#000" stroke-opacity=".1" stroke-width="4" stroke-linejoin="round"/>${ridges}
  <path d="M${n(cx - r * 0.55)} ${n(cy)} Q${n(cx)} ${n(cy - r * 0.5)} ${n(cx + r * 0.55)} ${n(cy)}" stroke="#fff" stroke-width="5" fill="none" opacity=".4"/>`;
}

/** A puffy, irregular fried prawn cracker. */
function prawnCracker(ctx, cx, cy, r, color) {
  const points = blob(ctx, cx, cy, r, { count: 14, min: 0.82, spread: 0.25, sx: 1.15, sy: 0.75 });
  let pores = '';
  for (let k = 0; k < 6; k++) pores += `<circle cx="${n(cx + (ctx.random() - 0.5) * r * 1.4)}" cy="${n(cy + (ctx.random() - 0.5) * r * 0.8)}" r="${n(3 + ctx.random() * 5)}" fill="#c86a50" opacity=".35"/>`;
  return `<polygon points="${points}" fill="${color}" stroke="#e08a74" stroke-width="4" stroke-linejoin="round"/>
  <ellipse cx="${n(cx - r * 0.2)}" cy="${n(cy - r * 0.2)}" rx="${n(r * 0.5)}" ry="${n(r * 0.2)}" fill="#fff" opacity=".35"/>${pores}`;
}

/** A thin, hard raw chip (shrimp or fish cracker before frying): translucent, slightly irregular oval. */
function rawChip(ctx, cx, cy, r, color, angle = ctx.random() * 180) {
  return `<g transform="rotate(${n(angle)} ${n(cx)} ${n(cy)})"><ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(r)}" ry="${n(r * 0.62)}" fill="${color}" stroke="#000" stroke-opacity=".16" stroke-width="3"/>
  <ellipse cx="${n(cx - r * 0.25)}" cy="${n(cy - r * 0.15)}" rx="${n(r * 0.4)}" ry="${n(r * 0.16)}" fill="#fff" opacity=".4"/>
  <circle cx="${n(cx + r * 0.3)}" cy="${n(cy + r * 0.1)}" r="${n(r * 0.07)}" fill="#000" opacity=".12"/></g>`;
}

/** A short curled finger cracker (lenjeran). */
function fingerCracker(ctx, cx, cy, len, angle = ctx.random() * 180) {
  return `<g transform="rotate(${n(angle)} ${n(cx)} ${n(cy)})"><rect x="${n(cx - len / 2)}" y="${n(cy - len * 0.13)}" width="${n(len)}" height="${n(len * 0.26)}" rx="${n(len * 0.13)}" fill="#e8dcc0" stroke="#bfae88" stroke-width="4"/>
  <path d="M${n(cx - len * 0.4)} ${n(cy - len * 0.04)} H${n(cx + len * 0.38)}" stroke="#fff" stroke-width="5" opacity=".5"/>
  ${[-0.25, 0, 0.25].map((t) => `<circle cx="${n(cx + len * t)}" cy="${n(cy + len * 0.05)}" r="3" fill="#9a8b6a" opacity=".5"/>`).join('')}</g>`;
}

/** Fills a rectangle with overlapping items, back rows first. */
export function pile(ctx, draw, { x, y, w, h, r, dx = 1.3, dy = 1.1 }) {
  let out = '';
  const rows = Math.ceil(h / (r * dy)) + 1;
  for (let row = 0; row < rows; row++) {
    const cols = Math.ceil(w / (r * dx)) + 1;
    for (let c = 0; c < cols; c++) {
      const cx = x + c * r * dx + (row % 2) * r * dx * 0.5 + (ctx.random() - 0.5) * r * 0.4;
      const cy = y + row * r * dy + (ctx.random() - 0.5) * r * 0.3;
      out += draw(cx, cy, r * (0.85 + ctx.random() * 0.3));
    }
  }
  return out;
}

const discs = (ctx, tone, r = 92, tilt = 0.92) => (x, y, w, h) => pile(ctx, (cx, cy, rr) => kemplangDisc(ctx, cx, cy, rr, tilt, tone), { x, y: y + 20, w, h, r });

/** A stack of kemplang seen from the side. */
function stack(ctx, cx, base, r, count, tone = 'pale') {
  let out = shadow(cx + 5, base + 30, r * 1.12, r * 0.2);
  for (let i = 0; i < count; i++) out += kemplangDisc(ctx, cx + (i % 2) * 8 - 4, base - i * r * 0.17, r, 0.32, tone);
  return out;
}

/** Kemplang Gabus, Lembayung: a kraft stand-up pouch with a window, crackers beside it. */
export function kemplangKraftPouch(ctx) {
  return `${room(ctx)}${standPouch(ctx, discs(ctx, 'pale', 70), { x: 420, y: 200, w: 580, h: 700, film: 'kraft', windowBox: { x: 0.15, y: 0.18, w: 0.7, h: 0.36 }, label: { x: 0.1, y: 0.58, w: 0.8, h: 0.3 } })}
  ${stack(ctx, 1240, 930, 130, 4)}${kemplangDisc(ctx, 1130, 1060, 90, 0.4)}`;
}

/** A woven bamboo basket, open, seen at an angle, filled by `inside`. */
function basket(ctx, inside, { cx, cy, rx, ry, depth }) {
  const clip = ctx.id('basket');
  let weave = '';
  for (let i = 0; i < 24; i++) weave += `<path d="M${n(cx - rx + (i * 2 * rx) / 24)} ${n(cy)} L${n(cx - rx * 0.86 + (i * 2 * rx * 0.86) / 24)} ${n(cy + depth)}" stroke="#8d6232" stroke-width="6"/>`;
  for (let j = 1; j < 5; j++) weave += `<path d="M${n(cx - rx)} ${n(cy + (j * depth) / 5)} Q${n(cx)} ${n(cy + (j * depth) / 5 + ry)} ${n(cx + rx)} ${n(cy + (j * depth) / 5)}" stroke="#e2bd83" stroke-width="9" fill="none"/>`;
  const shell = `M${n(cx - rx)} ${n(cy)} L${n(cx - rx * 0.86)} ${n(cy + depth)} Q${n(cx)} ${n(cy + depth + ry)} ${n(cx + rx * 0.86)} ${n(cy + depth)} L${n(cx + rx)} ${n(cy)} Z`;
  return `<defs><clipPath id="${clip}"><path d="${shell}"/></clipPath></defs>${shadow(cx, cy + depth + ry * 0.7, rx * 1.05, ry * 0.5)}
  <ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="#8a5a2a"/>${inside}
  <path d="${shell}" fill="#c79a5e"/><g clip-path="url(#${clip})">${weave}</g>
  <path d="M${n(cx - rx)} ${n(cy)} Q${n(cx)} ${n(cy + ry * 1.1)} ${n(cx + rx)} ${n(cy)}" stroke="#a77a44" stroke-width="16" fill="none"/>`;
}

/** Kemplang Goreng, Cek Ana: golden fried kemplang heaped in a woven basket, the printed pouch behind. */
export function kemplangBasket(ctx) {
  let heap = '';
  for (const [dx, dy, r] of [[-220, -40, 110], [-60, -70, 115], [110, -50, 112], [240, -20, 100], [-150, 20, 108], [30, 10, 118], [190, 40, 104], [-40, 70, 100]]) heap += friedKemplang(ctx, 620 + dx, 700 + dy, r);
  return `${room(ctx)}${standPouch(ctx, (x, y, w, h) => pile(ctx, (cx, cy, r) => friedKemplang(ctx, cx, cy, r), { x, y, w, h, r: 56 }), { x: 1000, y: 170, w: 440, h: 600, film: 'print', windowBox: { x: 0.16, y: 0.2, w: 0.68, h: 0.3 }, label: { x: 0.1, y: 0.55, w: 0.8, h: 0.3 } })}
  ${basket(ctx, heap, { cx: 620, cy: 740, rx: 400, ry: 110, depth: 230 })}`;
}

/** Kemplang Mentah, Cek Ana: thin raw discs, stacked like coins, in a plain clear bag with a sticker. */
export function kemplangRawBag(ctx) {
  const coins = (x, y, w, h) => {
    let out = '';
    for (let col = 0; col < 3; col++) for (let i = 0; i < 26; i++) out += kemplangDisc(ctx, x + 110 + col * 175, y + h - 40 - i * 20, 80, 0.28, 'raw');
    return out;
  };
  let loose = '';
  for (const [cx, cy] of [[1200, 960], [1330, 1010], [1120, 1060]]) loose += kemplangDisc(ctx, cx, cy, 95, 0.5, 'raw');
  // One raw disc held up to the light: thin and translucent.
  const held = `<g opacity=".85">${kemplangDisc(ctx, 1270, 560, 150, 1, 'raw')}</g><circle cx="1230" cy="520" r="60" fill="#fff" opacity=".25"/>`;
  return `${room(ctx)}${held}${pillowBag(ctx, coins, { x: 330, y: 200, w: 600, h: 720, sticker: { x: 150, y: 250, w: 300, h: 170 } })}${loose}`;
}

/** Kemplang Panggang, Bu Rahmah: its 100 g pouches on a minimarket shelf among other goods. */
export function kemplangShelf(ctx) {
  const shelfY = [420, 800];
  let out = `<rect width="${WIDTH}" height="${HEIGHT}" fill="#e9edf0"/><rect x="60" y="0" width="1480" height="${HEIGHT}" fill="#f7f8f9"/>`;
  // Upper shelf: other brands' snacks as plain coloured packs.
  const others = ['#d64545', '#3a7bd5', '#f0a202', '#6a994e', '#8e44ad', '#e76f51', '#2a9d8f'];
  for (let i = 0; i < 9; i++) {
    const x = 90 + i * 160;
    out += `<rect x="${x}" y="${shelfY[0] - 250}" width="130" height="240" rx="14" fill="${others[i % others.length]}"/><rect x="${x + 18}" y="${shelfY[0] - 180}" width="94" height="70" rx="8" fill="#fff" opacity=".75"/>`;
  }
  for (const y of shelfY) out += `<rect x="60" y="${y}" width="1480" height="26" fill="#c7ced4"/><rect x="60" y="${y + 26}" width="1480" height="44" fill="#dfe4e8"/>`;
  // Lower shelf: a facing of Bu Rahmah pouches, front one sharp.
  let pouches = '';
  for (const [x, s] of [[120, 0.52], [420, 0.52], [1180, 0.52]]) pouches += `<g transform="translate(${x} ${shelfY[1] - 380 * s / 0.52}) scale(${s})">${standPouch(ctx, discs(ctx, 'pale', 60), { x: 0, y: 0, w: 500, h: 700, film: 'print', windowBox: { x: 0.16, y: 0.2, w: 0.68, h: 0.3 }, label: { x: 0.1, y: 0.55, w: 0.8, h: 0.3 } })}</g>`;
  pouches += standPouch(ctx, discs(ctx, 'pale', 60), { x: 640, y: shelfY[1] - 520, w: 380, h: 520, film: 'print', windowBox: { x: 0.16, y: 0.2, w: 0.68, h: 0.3 }, label: { x: 0.08, y: 0.54, w: 0.84, h: 0.32 } });
  const price = `<rect x="690" y="${shelfY[1] + 30}" width="280" height="36" fill="#ffd400"/><rect x="700" y="${shelfY[1] + 40}" width="160" height="14" fill="#c62828"/><rect x="880" y="${shelfY[1] + 38}" width="80" height="20" fill="#1b1b1b"/>`;
  return `${out}${pouches}${price}<rect x="60" y="${shelfY[1] + 70}" width="1480" height="${HEIGHT - shelfY[1] - 70}" fill="#cfd6db"/>
  <rect x="60" y="${shelfY[1] + 200}" width="1480" height="26" fill="#c7ced4"/>`;
}

/** Kemplang Panggang, Bu Rahmah, detail: one grilled cracker filling the frame, its porous surface. */
export function kemplangCloseup(ctx) {
  const cx = 800;
  const cy = 620;
  const r = 520;
  let pores = '';
  for (let i = 0; i < 260; i++) {
    const a = ctx.random() * Math.PI * 2;
    const d = Math.sqrt(ctx.random()) * r * 0.92;
    const pr = 4 + ctx.random() * 14;
    pores += `<ellipse cx="${n(cx + Math.cos(a) * d)}" cy="${n(cy + Math.sin(a) * d * 0.9)}" rx="${n(pr)}" ry="${n(pr * 0.7)}" fill="${ctx.random() < 0.3 ? '#c9975a' : '#fff8e6'}" opacity="${n(0.4 + ctx.random() * 0.4)}"/>`;
  }
  let blisters = '';
  for (let i = 0; i < 14; i++) {
    const a = ctx.random() * Math.PI * 2;
    const d = ctx.random() * r * 0.8;
    const br = 30 + ctx.random() * 50;
    blisters += `<ellipse cx="${n(cx + Math.cos(a) * d)}" cy="${n(cy + Math.sin(a) * d * 0.9)}" rx="${n(br)}" ry="${n(br * 0.75)}" fill="#fbefd3" stroke="#d8b173" stroke-width="4"/><ellipse cx="${n(cx + Math.cos(a) * d - br * 0.25)}" cy="${n(cy + Math.sin(a) * d * 0.9 - br * 0.25)}" rx="${n(br * 0.35)}" ry="${n(br * 0.2)}" fill="#fff" opacity=".6"/>`;
  }
  return `<rect width="${WIDTH}" height="${HEIGHT}" fill="#4a3222"/>${[0, 1, 2, 3, 4].map((i) => `<rect y="${i * 260}" width="${WIDTH}" height="4" fill="#000" opacity=".25"/>`).join('')}
  ${shadow(cx + 20, cy + r * 0.9, r * 1.05, r * 0.12, 0.4)}<ellipse cx="${cx}" cy="${cy + 14}" rx="${r}" ry="${n(r * 0.9)}" fill="#b88448"/>
  <ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${n(r * 0.9)}" fill="#f0dcb0" stroke="#c99655" stroke-width="14"/>${pores}${blisters}
  ${[-160, 0, 160].map((d) => `<path d="M${cx - 380 + d} ${cy - 300} L${cx + 160 + d} ${cy + 380}" stroke="#a26a30" stroke-width="16" opacity=".25" stroke-linecap="round"/>`).join('')}`;
}

/** A clay charcoal brazier (anglo) with glowing coals and a grill on top. */
function brazier(ctx, cx, base, s = 1) {
  let coals = '';
  for (let i = 0; i < 9; i++) coals += `<circle cx="${n(cx + (i - 4) * 26 * s)}" cy="${n(base - 190 * s + (i % 2) * 10 * s)}" r="${n(18 * s)}" fill="${i % 3 ? '#e8501f' : '#2b2b2b'}"/>`;
  return `${shadow(cx, base + 10, 170 * s, 24 * s)}<path d="M${n(cx - 150 * s)} ${n(base - 200 * s)} L${n(cx - 100 * s)} ${base} H${n(cx + 100 * s)} L${n(cx + 150 * s)} ${n(base - 200 * s)} Z" fill="#a4542c"/>
  <rect x="${n(cx - 40 * s)}" y="${n(base - 110 * s)}" width="${n(80 * s)}" height="${n(60 * s)}" rx="8" fill="#3a1a0e"/><circle cx="${cx}" cy="${n(base - 80 * s)}" r="${n(18 * s)}" fill="#f27c2c" opacity=".8"/>
  <ellipse cx="${cx}" cy="${n(base - 200 * s)}" rx="${n(150 * s)}" ry="${n(34 * s)}" fill="#7a3b1d"/>${coals}
  ${[-120, -80, -40, 0, 40, 80, 120].map((d) => `<path d="M${n(cx + d * s)} ${n(base - 228 * s)} v${n(36 * s)}" stroke="#333" stroke-width="5"/>`).join('')}
  <path d="M${n(cx - 150 * s)} ${n(base - 212 * s)} H${n(cx + 150 * s)}" stroke="#333" stroke-width="6"/>`;
}

/** Kemplang Panggang Arang, Bu Sari: charcoal-grilled crackers (darker edges) in a clear bag, the brazier beside it. */
export function kemplangCharcoalBag(ctx) {
  const smoke = [0, 1, 2].map((i) => `<path d="M${1230 + i * 30} 560 q-40 -60 0 -120 q40 -60 0 -120" stroke="#fff" stroke-width="${18 - i * 4}" fill="none" opacity=".35"/>`).join('');
  return `${room(ctx)}${smoke}${brazier(ctx, 1240, 950, 1.1)}${kemplangDisc(ctx, 1240, 690, 120, 0.3, 'char')}
  ${pillowBag(ctx, discs(ctx, 'char', 82), { x: 300, y: 190, w: 620, h: 740, angle: -3, sticker: { x: 120, y: 250, w: 380, h: 250 } })}`;
}

/** Kemplang Panggang, Cek Ana: pale grilled kemplang with grill marks stacked on a plate. */
export function kemplangPlate(ctx) {
  const marked = (cx, cy, r, tilt) => `${kemplangDisc(ctx, cx, cy, r, tilt)}${[-0.4, 0, 0.4].map((t) => `<path d="M${n(cx - r * 0.7)} ${n(cy + t * r * tilt - r * 0.2 * tilt)} L${n(cx + r * 0.7)} ${n(cy + t * r * tilt + r * 0.2 * tilt)}" stroke="#9a6a32" stroke-width="${n(r * 0.06)}" opacity=".45" stroke-linecap="round"/>`).join('')}`;
  let tower = '';
  for (let i = 0; i < 8; i++) tower += marked(800 + ((i * 37) % 3 - 1) * 10, 840 - i * 38, 300, 0.34);
  return `${room(ctx)}${plate(800, 880, 470, { fill: '#ffffff', rim: hsl(ctx.hue + 180, 30, 78) })}${tower}
  ${marked(1330, 1040, 150, 0.45)}${marked(300, 1060, 130, 0.45)}`;
}

/** Kemplang Panggang, Cek Ana, pack: the 100 g export pouch, front on, with its window and label. */
export function kemplangPouchFront(ctx) {
  const b = ctx.brand;
  let tiles = '';
  for (let i = 0; i < 8; i++) tiles += `<circle cx="${120 + i * 200}" cy="${180 + (i % 2) * 60}" r="30" fill="${b.second}" opacity=".25"/>`;
  return `<rect width="${WIDTH}" height="${HEIGHT}" fill="${hsl(215, 40, 88)}"/>${tiles}<rect y="900" width="${WIDTH}" height="300" fill="${hsl(215, 25, 72)}"/>
  ${standPouch(ctx, discs(ctx, 'pale', 64), { x: 520, y: 130, w: 560, h: 790, film: 'print', windowBox: { x: 0.14, y: 0.15, w: 0.72, h: 0.38 }, label: { x: 0.08, y: 0.57, w: 0.84, h: 0.3 } })}
  ${kemplangDisc(ctx, 300, 980, 120, 0.4)}${kemplangDisc(ctx, 1320, 1000, 130, 0.4)}`;
}

const chilli = (x, y, a, s = 1) => `<g transform="translate(${x} ${y}) rotate(${a}) scale(${s})"><path d="M-90 0 Q0 -30 90 -8 Q100 0 90 10 Q0 30 -90 0Z" fill="#d62f1f"/><path d="M90 -4 q18 -4 28 -20" stroke="#3f8f3c" stroke-width="9" fill="none"/><path d="M-60 -6 Q0 -18 60 -8" stroke="#fff" stroke-width="5" opacity=".35" fill="none"/></g>`;

/** Kemplang Pedas, Dua Saudara: reddish chilli kemplang spilling from an opened pouch. */
export function kemplangChilliOpen(ctx) {
  let spill = '';
  for (const [cx, cy, r] of [[980, 900, 110], [1150, 960, 115], [1320, 900, 105], [1060, 1060, 110], [1260, 1080, 100]]) spill += kemplangDisc(ctx, cx, cy, r, 0.45, 'chilli');
  return `${room(ctx)}<g transform="rotate(-8 620 560)">${standPouch(ctx, discs(ctx, 'chilli', 70), { x: 360, y: 220, w: 540, h: 680, film: 'clear', open: true, label: { x: 0.1, y: 0.52, w: 0.8, h: 0.4 } })}
  ${kemplangDisc(ctx, 520, 230, 90, 0.45, 'chilli')}${kemplangDisc(ctx, 700, 210, 85, 0.45, 'chilli')}</g>
  ${spill}${chilli(1300, 720, -20)}${chilli(1420, 800, 30, 0.8)}`;
}

/** Kemplang Tunu, Lembayung: large charcoal kemplang in an open printed gift box, lid behind. */
export function kemplangGiftBox(ctx) {
  const b = ctx.brand;
  const lid = `<g transform="rotate(-10 1150 430)">${shadow(1150, 700, 320, 24)}<rect x="850" y="180" width="600" height="460" rx="12" fill="${b.main}"/>
  ${[0, 1, 2, 3, 4].map((i) => `<path d="M850 ${230 + i * 90} Q1150 ${190 + i * 90} 1450 ${230 + i * 90}" stroke="${b.second}" stroke-width="6" fill="none" opacity=".6"/>`).join('')}
  ${brandLabel(ctx, { x: 950, y: 280, w: 400, h: 260, max: 56 })}</g>`;
  const [x, y, w, h, d] = [220, 640, 760, 260, 220];
  let rows = '';
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) rows += kemplangDisc(ctx, x + 180 + c * 220 + r * d * 0.3, y - 40 - r * 46 + 20, 125, 0.32, 'char');
    rows += `<path d="M${x + 60 + r * 66} ${y - 8 - r * 46} h${w - 40}" stroke="#f6efe0" stroke-width="10"/>`;
  }
  return `${room(ctx)}${lid}${openBox(x, y, w, h, d, { inside: '#f6efe0', front: b.main, side: b.ink }, rows)}
  ${[0, 1, 2].map((i) => `<path d="M${x} ${y + 60 + i * 70} H${x + w}" stroke="${b.second}" stroke-width="8" opacity=".7"/>`).join('')}`;
}

const garlic = (x, y, s = 1) => `<g transform="translate(${x} ${y}) scale(${s})">${shadow(0, 70, 90, 14)}<path d="M0 -80 Q20 -40 70 -10 Q100 40 50 70 H-50 Q-100 40 -70 -10 Q-20 -40 0 -80Z" fill="#f6f1e6" stroke="#d9cdb6" stroke-width="4"/>
  <path d="M0 -60 Q-30 10 -20 70 M0 -60 Q30 10 20 70" stroke="#dcd0ba" stroke-width="4" fill="none"/><path d="M0 -80 q-6 -30 6 -46" stroke="#b9a47e" stroke-width="8" fill="none"/></g>`;

/** Kerupuk Bawang, Sinar Krobokan: pale ridged raw crackers in a big 5 kg bag, garlic in front. */
export function kerupukBawangBag(ctx) {
  const inside = (x, y, w, h) => pile(ctx, (cx, cy, r) => flowerCracker(ctx, cx, cy, r, ctx.random() < 0.5 ? '#f4ead0' : '#ece0c2', true), { x, y, w, h, r: 60 });
  let fried = '';
  for (const [cx, cy, r] of [[1160, 700, 110], [1360, 720, 104], [1260, 640, 100]]) fried += flowerCracker(ctx, cx, cy, r, '#fbf3dc');
  return `${room(ctx)}${plate(1260, 760, 230)}${fried}
  ${pillowBag(ctx, inside, { x: 220, y: 120, w: 780, h: 840, sticker: { x: 180, y: 300, w: 420, h: 230 } })}
  ${garlic(1120, 960, 1)}${garlic(1300, 1010, 0.85)}${garlic(1440, 950, 0.7)}`;
}

/** Kerupuk Ikan Mentah, Bu Rahmah: thick raw fish-cracker slices in a 500 g bag lying on the table, some spilled. */
export function kerupukIkanBag(ctx) {
  const inside = (x, y, w, h) => pile(ctx, (cx, cy, r) => rawChip(ctx, cx, cy, r, ctx.random() < 0.5 ? '#e8dfc8' : '#ddd2b6'), { x, y, w, h, r: 58, dx: 1.1, dy: 0.9 });
  let spill = '';
  for (let i = 0; i < 14; i++) spill += rawChip(ctx, 1050 + ctx.random() * 420, 820 + ctx.random() * 280, 50 + ctx.random() * 14, i % 2 ? '#e8dfc8' : '#ddd2b6');
  return `${room(ctx)}${leaf(960, 780, 600, 260, -8)}${spill}
  ${pillowBag(ctx, inside, { x: 160, y: 300, w: 820, h: 560, angle: -12, sticker: { x: 250, y: 170, w: 320, h: 210 } })}`;
}

/** Kerupuk Ikan Gabus, Dua Saudara: finger-shaped raw crackers in a printed pouch, a carton behind. */
export function kerupukFingerPouch(ctx) {
  const inside = (x, y, w, h) => pile(ctx, (cx, cy, r) => fingerCracker(ctx, cx, cy, r * 1.6), { x, y, w, h, r: 60, dx: 1.2, dy: 0.8 });
  let loose = '';
  for (let i = 0; i < 12; i++) loose += fingerCracker(ctx, 1000 + ctx.random() * 480, 900 + ctx.random() * 200, 110 + ctx.random() * 30);
  return `${room(ctx)}${carton(ctx, { x: 980, y: 380, w: 440, h: 380, d: 100 })}
  ${standPouch(ctx, inside, { x: 340, y: 230, w: 560, h: 680, film: 'print', windowBox: { x: 0.14, y: 0.18, w: 0.72, h: 0.36 }, label: { x: 0.1, y: 0.56, w: 0.8, h: 0.34 } })}${loose}`;
}

/** Kerupuk Ikan Tenggiri, Bu Sari: thin raw crackers drying on a round bamboo tray in the sun. */
export function kerupukDryingTray(ctx) {
  let weave = '';
  for (let i = -10; i <= 10; i++) weave += `<path d="M${800 + i * 50} 560 L${800 + i * 50 + 200} 1100" stroke="#b98c4f" stroke-width="10" opacity=".5"/><path d="M${800 + i * 50} 560 L${800 + i * 50 - 200} 1100" stroke="#e9c98f" stroke-width="8" opacity=".5"/>`;
  const clip = ctx.id('tampah');
  let chips = '';
  for (let r = 0; r < 5; r++) for (let c = 0; c < 7 - Math.abs(2 - r); c++) chips += kemplangDisc(ctx, 800 + (c - (6 - Math.abs(2 - r)) / 2) * 150, 660 + r * 90, 62, 0.42, 'raw');
  return `${sky(ctx, { sun: [1380, 170] })}<rect y="640" width="${WIDTH}" height="560" fill="${hsl(38, 35, 66)}"/><rect y="640" width="${WIDTH}" height="12" fill="#000" opacity=".06"/>
  <rect x="0" y="380" width="${WIDTH}" height="270" fill="${hsl(30, 30, 80)}"/>${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<rect x="${i * 210}" y="380" width="10" height="270" fill="#8a6a48" opacity=".4"/>`).join('')}
  ${shadow(800, 1020, 640, 60, 0.25)}<defs><clipPath id="${clip}"><ellipse cx="800" cy="840" rx="620" ry="240"/></clipPath></defs>
  <ellipse cx="800" cy="850" rx="630" ry="250" fill="#a87a3f"/><ellipse cx="800" cy="840" rx="620" ry="240" fill="#d9b273"/><g clip-path="url(#${clip})">${weave}</g>
  <ellipse cx="800" cy="840" rx="620" ry="240" fill="none" stroke="#8f6431" stroke-width="16"/>${chips}
  ${pillowBag(ctx, (x, y, w, h) => pile(ctx, (cx, cy, r) => kemplangDisc(ctx, cx, cy, r, 0.5, 'raw'), { x, y, w, h, r: 44 }), { x: 80, y: 300, w: 300, h: 400, angle: 6, sticker: { x: 20, y: 150, w: 260, h: 150 } })}`;
}

/** Kerupuk Udang, Dua Saudara: raw pink chips from the pouch beside a bowl of puffed fried ones. */
export function kerupukUdangBowl(ctx) {
  const pinks = ['#f8c4b2', '#f6b39d', '#fbd6c8', '#f3a98f'];
  let bowl = '';
  for (const [cx, cy, r] of [[1120, 830, 80], [1260, 815, 86], [1390, 835, 78], [1190, 770, 74], [1330, 760, 78], [1260, 720, 70]]) bowl += prawnCracker(ctx, cx, cy, r, pinks[Math.floor(ctx.random() * pinks.length)]);
  let raw = '';
  for (let i = 0; i < 10; i++) raw += rawChip(ctx, 840 + ctx.random() * 360, 960 + ctx.random() * 150, 44, '#e9a08c');
  return `${room(ctx)}${standPouch(ctx, (x, y, w, h) => pile(ctx, (cx, cy, r) => rawChip(ctx, cx, cy, r, ctx.random() < 0.5 ? '#eaa592' : '#e3907a'), { x, y, w, h, r: 50, dx: 1.1, dy: 0.9 }), { x: 260, y: 220, w: 520, h: 680, film: 'clear', label: { x: 0.12, y: 0.5, w: 0.76, h: 0.4 } })}
  ${shadow(1260, 900, 240, 34)}<path d="M1040 800 Q1050 910 1260 920 Q1470 910 1480 800 Z" fill="${hsl(200, 35, 45)}"/>
  <path d="M1040 800 Q1260 760 1480 800 Q1260 840 1040 800Z" fill="${hsl(200, 30, 35)}"/>${bowl}
  <path d="M1060 840 Q1260 880 1460 840" stroke="#fff" stroke-width="8" fill="none" opacity=".35"/>${raw}`;
}

const prawn = (x, y, s, a = 0) => `<g transform="translate(${x} ${y}) rotate(${a}) scale(${s})"><path d="M-40 10 Q-40 -34 0 -36 Q40 -34 44 0 Q30 -18 6 -16 Q-20 -12 -18 14 Z" fill="#f07a52"/><path d="M-40 10 l-16 12 l8 -20 Z" fill="#f07a52"/>
  ${[-24, -8, 8, 24].map((d) => `<path d="M${d} -32 q4 8 0 16" stroke="#c9542f" stroke-width="3" fill="none"/>`).join('')}<path d="M40 -10 q30 -30 56 -26 M36 -16 q20 -34 52 -40" stroke="#e0603c" stroke-width="3" fill="none"/></g>`;

/** Kerupuk Udang, Sinar Krobokan: orange raw shrimp crackers in a 500 g clear pouch, with shrimp. */
export function kerupukUdangOrange(ctx) {
  const oranges = ['#f59a3c', '#f7ab58', '#ef8a2c'];
  const inside = (x, y, w, h) => pile(ctx, (cx, cy, r) => rawChip(ctx, cx, cy, r, oranges[Math.floor(ctx.random() * 3)]), { x, y, w, h, r: 46, dx: 1.1, dy: 0.85 });
  let scatter = '';
  for (let i = 0; i < 16; i++) scatter += rawChip(ctx, 250 + ctx.random() * 440, 930 + ctx.random() * 170, 42, oranges[i % 3]);
  return `${room(ctx)}${scatter}${standPouch(ctx, inside, { x: 820, y: 180, w: 580, h: 740, film: 'clear', label: { x: 0.1, y: 0.5, w: 0.8, h: 0.36 } })}
  ${plate(420, 820, 250, { fill: '#f4f7f8', rim: '#c9d4da' })}${prawn(330, 780, 1.6, -10)}${prawn(480, 800, 1.5, 15)}${prawn(420, 740, 1.4, 5)}`;
}

/** Sambal Cuka, Bu Sari: a bottle of thin dark-red chilli sauce, a dip bowl and a plate of kemplang. */
export function sambalBottle(ctx) {
  let onPlate = '';
  for (const [cx, cy] of [[1100, 880], [1260, 860], [1380, 900], [1180, 940], [1330, 960]]) onPlate += kemplangDisc(ctx, cx, cy, 95, 0.4, 'char');
  return `${room(ctx)}${plate(1240, 930, 300)}${onPlate}
  ${bottle(ctx, { x: 400, y: 160, w: 380, h: 760, liquid: '#7e1a10' })}
  ${shadow(900, 1040, 140, 20)}<ellipse cx="900" cy="1000" rx="130" ry="44" fill="#f5f1ea"/><path d="M770 1000 Q780 1070 900 1072 Q1020 1070 1030 1000Z" fill="#ece5d8"/><ellipse cx="900" cy="1000" rx="104" ry="30" fill="#8c1f13"/>
  ${[[-40, -6], [10, 4], [50, -8], [-10, -14]].map(([dx, dy]) => `<circle cx="${900 + dx}" cy="${1000 + dy}" r="5" fill="#e84b2e"/>`).join('')}
  ${chilli(1420, 1090, -15, 0.8)}`;
}
