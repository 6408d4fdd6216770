/**
 * Producer covers: each producer's own workplace as its profile describes it
 * (facilities, scale, what it makes), so no two covers are the same house.
 */
import { kemplangDisc } from './crackers.mjs';
import { grains, HEIGHT, leaf, n, shadow, sky, WIDTH } from './helpers.mjs';
import { pineapple } from './pineapple.mjs';
import { palm } from './places.mjs';

const SKIN = '#b97a4e';

/** A worker's arms from the shoulders of person(x, base, s) to two hand points [x, y]. */
function arms(x, base, s, shirt, hands) {
  const sh = base - 300 * s;
  return hands.map(([hx, hy], i) => `<path d="M${n(x + (i ? 46 : -46) * s)} ${n(sh + 20 * s)} Q${n((x + hx) / 2 + (i ? 30 : -30) * s)} ${n((sh + hy) / 2 + 40 * s)} ${n(hx)} ${n(hy)}" stroke="${shirt}" stroke-width="${n(34 * s)}" stroke-linecap="round" fill="none"/><circle cx="${n(hx)}" cy="${n(hy)}" r="${n(16 * s)}" fill="${SKIN}"/>`).join('');
}

/**
 * A worker seen from the front at (x, base), scale s. head: hijab | cap | mask.
 * hands: two [x, y] points the arms reach to; leave empty and draw arms() later
 * when a table or tool must sit between the body and the arms.
 */
function person(x, base, s, { shirt, head = 'hijab', headColor = '#3b3f6b', hands = [] }) {
  const sh = base - 300 * s;
  const hy = sh - 70 * s;
  const heads = {
    hijab: `<path d="M${n(x - 62 * s)} ${n(sh + 30 * s)} Q${n(x - 70 * s)} ${n(hy - 70 * s)} ${n(x)} ${n(hy - 72 * s)} Q${n(x + 70 * s)} ${n(hy - 70 * s)} ${n(x + 62 * s)} ${n(sh + 30 * s)} Z" fill="${headColor}"/><ellipse cx="${x}" cy="${n(hy)}" rx="${n(38 * s)}" ry="${n(46 * s)}" fill="${SKIN}"/>`,
    cap: `<ellipse cx="${x}" cy="${n(hy)}" rx="${n(44 * s)}" ry="${n(52 * s)}" fill="${SKIN}"/><path d="M${n(x - 48 * s)} ${n(hy - 14 * s)} Q${x} ${n(hy - 90 * s)} ${n(x + 48 * s)} ${n(hy - 14 * s)} Z" fill="${headColor}"/>`,
    mask: `<ellipse cx="${x}" cy="${n(hy)}" rx="${n(44 * s)}" ry="${n(52 * s)}" fill="${SKIN}"/><rect x="${n(x - 56 * s)}" y="${n(hy - 60 * s)}" width="${n(112 * s)}" height="${n(110 * s)}" rx="${n(14 * s)}" fill="#2f3437"/><rect x="${n(x - 36 * s)}" y="${n(hy - 20 * s)}" width="${n(72 * s)}" height="${n(24 * s)}" fill="#5fb0c9"/>`,
  };
  return `${shadow(x, base, 90 * s, 14 * s)}<path d="M${n(x - 70 * s)} ${base} Q${n(x - 80 * s)} ${n(sh)} ${x} ${n(sh - 10 * s)} Q${n(x + 80 * s)} ${n(sh)} ${n(x + 70 * s)} ${base} Z" fill="${shirt}"/>${heads[head]}${arms(x, base, s, shirt, hands)}`;
}

/** An indoor back wall (plain or tiled) with a floor. */
function interior({ wall, floor, tiles = false, window = null }) {
  let grid = '';
  if (tiles) {
    for (let x = 0; x <= WIDTH; x += 80) grid += `<path d="M${x} 0 V760" stroke="#fff" stroke-width="3" opacity=".7"/>`;
    for (let y = 0; y <= 760; y += 80) grid += `<path d="M0 ${y} H${WIDTH}" stroke="#fff" stroke-width="3" opacity=".7"/>`;
  }
  const win = window ? `<rect x="${window[0]}" y="${window[1]}" width="${window[2]}" height="${window[3]}" fill="#bfe0ef" stroke="#fff" stroke-width="12"/><path d="M${window[0] + window[2] / 2} ${window[1]} v${window[3]}" stroke="#fff" stroke-width="8"/>` : '';
  return `<rect width="${WIDTH}" height="760" fill="${wall}"/>${grid}${win}<rect y="760" width="${WIDTH}" height="${HEIGHT - 760}" fill="${floor}"/><rect y="760" width="${WIDTH}" height="10" fill="#000" opacity=".08"/>`;
}

/** A stainless work table. */
const steelTable = (x, y, w, h = 200) => `${shadow(x + w / 2, y + h + 4, w * 0.55, 14)}<rect x="${x}" y="${y}" width="${w}" height="24" fill="#d7dde2" stroke="#8d969d" stroke-width="3"/>${[x + 20, x + w - 40].map((lx) => `<rect x="${lx}" y="${y + 24}" width="20" height="${h - 24}" fill="#aab3ba"/>`).join('')}<rect x="${x + 20}" y="${y + h - 60}" width="${w - 40}" height="12" fill="#aab3ba"/>`;

/** A wood-fired clay stove (tungku) with flames. */
const tungku = (x, base, w, h) => `${shadow(x + w / 2, base, w * 0.6, 16)}<rect x="${x}" y="${base - h}" width="${w}" height="${h}" rx="20" fill="#9b5a36"/><path d="M${x + w * 0.3} ${base} v${-h * 0.55} a${w * 0.2} ${w * 0.2} 0 0 1 ${w * 0.4} 0 v${h * 0.55}Z" fill="#2a160c"/>
  <path d="M${x + w * 0.36} ${base - 10} q${w * 0.06} ${-h * 0.4} ${w * 0.14} ${-h * 0.5} q${w * 0.02} ${h * 0.25} ${w * 0.12} ${h * 0.5}Z" fill="#f28c28"/><path d="M${x + w * 0.44} ${base - 10} q${w * 0.04} ${-h * 0.25} ${w * 0.06} ${-h * 0.3} q${w * 0.03} ${h * 0.2} ${w * 0.06} ${h * 0.3}Z" fill="#ffd04a"/>
  ${[0, 1, 2].map((i) => `<rect x="${x - 60 + i * 10}" y="${base - 40 - i * 26}" width="${w * 0.5}" height="22" rx="10" fill="#7a4a26" transform="rotate(${-8 + i * 6} ${x} ${base})"/>`).join('')}`;

/** A wide wok (kawah) seen from the front at an angle, filled with `fill`. */
const wok = (cx, cy, rx, fill) => `<path d="M${cx - rx} ${cy} Q${cx - rx * 0.9} ${cy + rx * 0.5} ${cx} ${cy + rx * 0.52} Q${cx + rx * 0.9} ${cy + rx * 0.5} ${cx + rx} ${cy} Z" fill="#2b2f33"/><ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${n(rx * 0.24)}" fill="#444b51"/><ellipse cx="${cx}" cy="${cy + 4}" rx="${rx - 18}" ry="${n(rx * 0.24 - 8)}" fill="${fill}"/>`;

const steam = (x, y, count = 3, h = 220) => Array.from({ length: count }, (_, i) => `<path d="M${x + i * 60} ${y} q-40 ${-h / 4} 0 ${-h / 2} q40 ${-h / 4} 0 ${-h / 2}" stroke="#fff" stroke-width="${22 - i * 4}" fill="none" opacity=".45"/>`).join('');

/** A tree with a round crown. */
const tree = (x, base, s, c = '#4f8f45') => `<rect x="${x - 14 * s}" y="${base - 260 * s}" width="${28 * s}" height="${260 * s}" fill="#7a5a3a"/><circle cx="${x}" cy="${base - 300 * s}" r="${120 * s}" fill="${c}"/><circle cx="${x - 80 * s}" cy="${base - 240 * s}" r="${80 * s}" fill="${c}"/><circle cx="${x + 80 * s}" cy="${base - 250 * s}" r="${86 * s}" fill="${c}"/>`;

/** A drying rack of trays (side view), optional insect netting. */
function rack(ctx, x, base, w, levels, { tone = 'raw', netting = false, bamboo = false, colors } = {}) {
  const post = bamboo ? '#c9a15e' : '#9aa3aa';
  let out = `${shadow(x + w / 2, base, w * 0.55, 16)}<rect x="${x}" y="${base - levels * 90 - 40}" width="14" height="${levels * 90 + 40}" fill="${post}"/><rect x="${x + w - 14}" y="${base - levels * 90 - 40}" width="14" height="${levels * 90 + 40}" fill="${post}"/>`;
  for (let l = 0; l < levels; l++) {
    const y = base - 60 - l * 90;
    out += `<rect x="${x}" y="${y}" width="${w}" height="14" fill="${bamboo ? '#d9b273' : '#c9d0d6'}"/>`;
    for (let c = 0; c < Math.floor(w / 70); c++) {
      out += colors
        ? `<ellipse cx="${x + 40 + c * 70}" cy="${y - 6}" rx="30" ry="10" fill="${colors[(c + l) % colors.length]}"/>`
        : kemplangDisc(ctx, x + 40 + c * 70, y - 6, 30, 0.3, tone);
    }
  }
  if (netting) {
    let mesh = '';
    for (let i = 0; i < w; i += 16) mesh += `<path d="M${x + i} ${base - levels * 90 - 40} V${base}" stroke="#fff" stroke-width="2" opacity=".5"/>`;
    out += `<rect x="${x - 6}" y="${base - levels * 90 - 50}" width="${w + 12}" height="${levels * 90 + 50}" fill="#f4f8f6" opacity=".35"/>${mesh}`;
  }
  return out;
}

/** Tiga Putri: golden milkfish on a stainless tray after pressure cooking, the presto cookers behind. */
export function coverBandeng(ctx) {
  const fish = (x, y) => `<g transform="translate(${x} ${y}) scale(.55)"><path d="M250 0 L360 -90 Q340 0 360 90 Z" fill="#c9962f"/><path d="M-300 0 Q-250 -80 -60 -90 Q150 -80 260 0 Q150 80 -60 86 Q-250 78 -300 0Z" fill="#e7c25c"/><path d="M-250 30 Q0 60 230 10" stroke="#f6dc8f" stroke-width="12" fill="none"/><circle cx="-245" cy="-12" r="14" fill="#fff"/><circle cx="-245" cy="-12" r="8" fill="#22303a"/></g>`;
  const cooker = (x) => `${shadow(x, 640, 110, 12)}<rect x="${x - 100}" y="430" width="200" height="210" rx="24" fill="#c5ccd2" stroke="#8d969d" stroke-width="4"/><ellipse cx="${x}" cy="430" rx="100" ry="26" fill="#aab3ba"/><rect x="${x - 14}" y="380" width="28" height="40" fill="#2b2f33"/><rect x="${x - 130}" y="470" width="40" height="18" rx="8" fill="#2b2f33"/>${steam(x - 10, 370, 2, 160)}`;
  let tray = '';
  for (let r = 0; r < 2; r++) for (let c = 0; c < 3; c++) tray += fish(460 + c * 330 + r * 60, 860 + r * 120);
  return `${interior({ wall: '#e6eef0', floor: '#b9c4c9', tiles: true })}${[380, 700, 1020, 1340].map(cooker).join('')}
  ${steelTable(200, 760, 1200, 340)}<rect x="240" y="780" width="1120" height="300" rx="20" fill="#e1e6ea" stroke="#9aa3aa" stroke-width="5"/>${tray}`;
}

/** Sekar Jati: indigo-dyed cloths hanging to dry among trees, the dye vats below. */
export function coverBatikDrying(ctx) {
  let cloths = '';
  [[260, '#24406b'], [560, '#2f5287'], [860, '#1c3358'], [1160, '#8a5a34']].forEach(([x, c], i) => {
    cloths += `<rect x="${x}" y="290" width="240" height="${440 + (i % 2) * 40}" fill="${c}"/>${[0, 1, 2, 3, 4, 5].map((k) => `<circle cx="${x + 40 + (k % 3) * 80}" cy="${360 + Math.floor(k / 3) * 160 + (i % 2) * 40}" r="22" fill="#e9dcc0" opacity=".8"/>`).join('')}
    <path d="M${x + 20} ${300} q40 120 0 300" stroke="#e9dcc0" stroke-width="8" fill="none" opacity=".5"/>`;
  });
  const vat = (x) => `${shadow(x, 1080, 120, 14)}<path d="M${x - 110} 920 L${x - 90} 1080 H${x + 90} L${x + 110} 920Z" fill="#8a6a48"/><ellipse cx="${x}" cy="920" rx="110" ry="26" fill="#1c3358"/>`;
  return `${sky(ctx, { sun: [1400, 160] })}<rect y="760" width="${WIDTH}" height="440" fill="#7fae5a"/>
  ${tree(120, 820, 1.2)}${tree(1500, 820, 1.3, '#3f7f3a')}<path d="M150 290 Q800 270 1480 290" stroke="#6b4a2b" stroke-width="8" fill="none"/>${cloths}
  ${vat(420)}${vat(700)}${leaf(900, 990, 300, 110, -6)}${leaf(1140, 1010, 280, 100, 10)}`;
}

/** Sekar Limbasari: women drawing wax on white cloth with canting at a frame, wax pans on small stoves. */
export function coverBatikWorkshop(ctx) {
  const frame = `<rect x="300" y="380" width="1000" height="20" fill="#c9a15e"/><rect x="320" y="380" width="16" height="420" fill="#a77a44"/><rect x="1264" y="380" width="16" height="420" fill="#a77a44"/>
  <path d="M340 400 H1260 V700 Q800 740 340 700Z" fill="#fbf7ec"/>${[0, 1, 2, 3, 4].map((i) => `<path d="M${420 + i * 180} 470 q40 -40 80 0 t80 0" stroke="#8a5a34" stroke-width="5" fill="none"/><circle cx="${460 + i * 180}" cy="560" r="22" fill="none" stroke="#8a5a34" stroke-width="5"/><path d="M${430 + i * 180} 630 h100" stroke="#24406b" stroke-width="5"/>`).join('')}`;
  const stove = (x) => `${shadow(x, 1010, 60, 10)}<rect x="${x - 40}" y="930" width="80" height="80" rx="10" fill="#7a4a26"/><path d="M${x - 50} 930 Q${x} 960 ${x + 50} 930 Z" fill="#2b2f33"/><ellipse cx="${x}" cy="930" rx="50" ry="12" fill="#c89a3a"/>`;
  const canting = (x, y) => `<path d="M${x} ${y} l40 -50" stroke="#8a6a44" stroke-width="8"/><circle cx="${x}" cy="${y}" r="9" fill="#c68a3a"/>`;
  return `${interior({ wall: '#efe2c8', floor: '#b08a5a', window: [1340, 120, 200, 220] })}<rect y="0" width="${WIDTH}" height="90" fill="#7a5a3a"/>
  ${frame}${canting(600, 640)}${canting(1000, 640)}
  ${person(520, 1140, 1.35, { shirt: '#b5562c', headColor: '#5a3a7a', hands: [[600, 650], [560, 720]] })}${person(1080, 1140, 1.35, { shirt: '#2f6a8a', headColor: '#8a2c3a', hands: [[1000, 650], [1040, 720]] })}
  ${stove(360)}${stove(1240)}`;
}

/** Nanas Wangi: workers peeling pineapples at stainless tables, the jam kettle behind. */
export function coverPineapplePeeling(ctx) {
  const kettle = `${shadow(1300, 700, 150, 14)}<path d="M1160 480 Q1170 700 1300 700 Q1430 700 1440 480Z" fill="#c5ccd2" stroke="#8d969d" stroke-width="4"/><ellipse cx="1300" cy="480" rx="140" ry="30" fill="#e8a21e"/>${steam(1260, 450, 2, 150)}`;
  let fruit = '';
  for (const [x, b] of [[360, 760], [470, 770], [1020, 760]]) fruit += pineapple(ctx, x, b, 0.55);
  const peeled = [620, 720, 820].map((x) => `<ellipse cx="${x}" cy="735" rx="42" ry="58" fill="#f7dc6a" stroke="#e3b52e" stroke-width="4"/>`).join('');
  const crate = `<rect x="120" y="900" width="300" height="160" fill="#5f9a3a"/>${[0, 1, 2].map((i) => `<rect x="130" y="${920 + i * 46}" width="280" height="14" fill="#4a7a2c"/>`).join('')}${pineapple(ctx, 200, 900, 0.45)}${pineapple(ctx, 330, 900, 0.45)}`;
  return `${interior({ wall: '#e8f0ec', floor: '#c2ccc8', tiles: true })}${kettle}
  ${person(560, 1000, 1.45, { shirt: ctx.brand.main, headColor: '#f2f2f2' })}${person(960, 1000, 1.45, { shirt: ctx.brand.main, head: 'cap', headColor: '#f2f2f2' })}
  ${steelTable(260, 780, 1000, 300)}${fruit}${peeled}${arms(560, 1000, 1.45, ctx.brand.main, [[620, 740], [700, 750]])}${arms(960, 1000, 1.45, ctx.brand.main, [[900, 750], [1010, 740]])}${crate}`;
}

/** Gula Puan Mak Inah: a woman stirring thick milk caramel in a wide wok over a wood fire. */
export function coverGulaPuanKitchen(ctx) {
  return `${interior({ wall: '#d9c3a0', floor: '#8a6a48', window: [1200, 140, 240, 240] })}<rect width="${WIDTH}" height="100" fill="#5a4030"/>
  ${tungku(420, 1040, 620, 300)}${wok(730, 740, 360, '#b5854a')}${grains(ctx, 60, { x: 480, y: 730, w: 500, h: 30, colors: ['#9c6c36', '#d9b07a'], rx: 8 })}${steam(600, 700, 3, 240)}
  <path d="M880 750 L1160 500" stroke="#8a6a44" stroke-width="16" stroke-linecap="round"/>
  ${person(1280, 1180, 1.55, { shirt: '#7a3b5e', headColor: '#d9a23a', hands: [[1160, 505], [1080, 580]] })}
  <g transform="translate(180 780)">${shadow(0, 170, 90, 12)}<rect x="-70" y="0" width="140" height="170" rx="20" fill="#d9d9d9"/><rect x="-70" y="0" width="140" height="40" fill="#aaa"/><path d="M-40 60 h80" stroke="#fff" stroke-width="6"/></g>`;
}

/** Karya Mandiri: a welder joining stainless exhaust pipes at a bench, sparks flying, the pipe bender behind. */
export function coverWelding(ctx) {
  let sparks = '';
  for (let i = 0; i < 24; i++) {
    const a = ctx.random() * Math.PI * 2;
    const l = 30 + ctx.random() * 90;
    sparks += `<path d="M830 650 l${n(Math.cos(a) * l)} ${n(Math.sin(a) * l)}" stroke="${i % 2 ? '#ffd04a' : '#fff3b0'}" stroke-width="4" stroke-linecap="round"/>`;
  }
  const bender = `<rect x="1220" y="360" width="220" height="400" fill="${ctx.brand.main}"/><circle cx="1330" cy="460" r="70" fill="#334155"/><rect x="1200" y="740" width="260" height="30" fill="#334155"/><path d="M1330 460 l160 -120" stroke="#9aa3aa" stroke-width="24" stroke-linecap="round"/>`;
  const pipes = `<path d="M420 660 H800 Q860 660 880 700" stroke="#d9dee2" stroke-width="40" fill="none" stroke-linecap="round"/><rect x="880" y="630" width="300" height="90" rx="45" fill="#c5ccd2" stroke="#8d969d" stroke-width="4"/>`;
  const wall = `${[0, 1, 2, 3].map((i) => `<path d="M${200 + i * 80} 200 v180" stroke="#64748b" stroke-width="10"/><circle cx="${200 + i * 80}" cy="190" r="20" fill="none" stroke="#64748b" stroke-width="8"/>`).join('')}`;
  return `${interior({ wall: '#94a3b8', floor: '#57534e' })}${wall}${bender}${person(700, 960, 1.45, { shirt: '#1f3a5a', head: 'mask' })}${steelTable(360, 720, 860, 340)}${pipes}
  ${arms(700, 960, 1.45, '#1f3a5a', [[820, 640], [620, 680]])}<path d="M820 640 l30 20" stroke="#333" stroke-width="14"/>
  <circle cx="830" cy="650" r="60" fill="#fff7c2" opacity=".6"/>${sparks}`;
}

/** A boxed machine with a control panel. */
const machine = (x, y, w, h, c) => `${shadow(x + w / 2, y + h, w * 0.55, 14)}<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="${c}"/><rect x="${x + 20}" y="${y + 20}" width="${w * 0.4}" height="${h * 0.3}" rx="6" fill="#1f2937"/><circle cx="${x + w * 0.7}" cy="${y + 50}" r="14" fill="#22c55e"/><circle cx="${x + w * 0.84}" cy="${y + 50}" r="14" fill="#ef4444"/>`;

/** Bu Rahmah: sealed kemplang pouches coming off a continuous band sealer with printed dates. */
export function coverBandSealer(ctx) {
  const b = ctx.brand;
  let pouches = '';
  for (let i = 0; i < 7; i++) {
    const x = 160 + i * 190;
    pouches += `<g transform="translate(${x} 470)"><path d="M0 20 Q0 0 20 0 H120 Q140 0 140 20 L146 220 Q146 236 130 236 H10 Q-6 236 -6 220Z" fill="${b.paper}" stroke="#cbd5d0" stroke-width="3"/><rect x="-6" y="0" width="152" height="40" fill="${b.main}"/>
    <rect x="22" y="70" width="96" height="70" rx="10" fill="#f3e3bf"/><circle cx="50" cy="100" r="18" fill="#e7cf9c"/><circle cx="90" cy="110" r="16" fill="#e7cf9c"/><rect x="18" y="160" width="104" height="40" rx="4" fill="${b.main}" opacity=".85"/>
    ${i > 2 ? `<rect x="24" y="8" width="90" height="10" fill="#111" opacity=".7"/>` : ''}</g>`;
  }
  return `${interior({ wall: '#e3efe9', floor: '#b5c2bb', tiles: true })}
  ${machine(520, 380, 360, 330, '#9aa7ad')}<rect x="560" y="430" width="280" height="40" fill="#e2572b"/>
  <rect x="80" y="706" width="1440" height="40" rx="20" fill="#2b2f33"/>${[0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `<circle cx="${120 + i * 170}" cy="726" r="14" fill="#6b7280"/>`).join('')}
  ${pouches}<rect x="80" y="746" width="30" height="260" fill="#6b7280"/><rect x="1490" y="746" width="30" height="260" fill="#6b7280"/>
  <g transform="translate(1150 900)">${shadow(0, 160, 200, 16)}<rect x="-200" y="0" width="400" height="160" fill="#c8955a"/><rect x="-200" y="0" width="400" height="30" fill="#dcae74"/></g>`;
}

/** Bu Sari: a woman turning kemplang with tongs on a small charcoal grill in her home kitchen corner. */
export function coverCharcoalKitchen(ctx) {
  const anglo = `${shadow(760, 1000, 200, 20)}<path d="M580 760 L630 1000 H890 L940 760Z" fill="#a4542c"/><ellipse cx="760" cy="760" rx="180" ry="40" fill="#7a3b1d"/>
  ${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<circle cx="${620 + i * 40}" cy="${752 + (i % 2) * 8}" r="20" fill="${i % 3 ? '#e8501f' : '#2b2b2b'}"/>`).join('')}<path d="M590 730 H930" stroke="#333" stroke-width="8"/>
  ${[640, 700, 760, 820, 880].map((x) => `<path d="M${x} 730 v26" stroke="#333" stroke-width="5"/>`).join('')}`;
  const shelf = `<rect x="180" y="300" width="380" height="20" fill="#8a6a44"/>${[0, 1, 2].map((i) => `<rect x="${200 + i * 120}" y="200" width="90" height="100" rx="14" fill="#eef6f6" opacity=".8" stroke="#fff" stroke-width="4"/><circle cx="${245 + i * 120}" cy="255" r="30" fill="#f3e3bf"/>`).join('')}`;
  return `${interior({ wall: '#f0dcc0', floor: '#a0785a', window: [1180, 140, 260, 260] })}${shelf}
  ${anglo}${kemplangDisc(ctx, 700, 715, 70, 0.3, 'char')}${kemplangDisc(ctx, 830, 712, 66, 0.3, 'char')}${steam(700, 660, 3, 260)}
  <path d="M840 705 L1040 600" stroke="#6b7280" stroke-width="10"/><path d="M840 717 L1040 618" stroke="#6b7280" stroke-width="10"/>
  ${person(1200, 1160, 1.5, { shirt: ctx.brand.main, headColor: ctx.brand.second, hands: [[1040, 608], [1090, 720]] })}
  <g transform="translate(260 900)">${shadow(100, 130, 160, 14)}<ellipse cx="100" cy="60" rx="160" ry="44" fill="#c79a5e"/>${[0, 1, 2, 3, 4].map((i) => kemplangDisc(ctx, 30 + i * 36, 50 - (i % 2) * 10, 56, 0.32, 'char')).join('')}</g>`;
}

/** Cek Ana: workers laying round kemplang on oven trays in a tiled production room, the gas ovens behind. */
export function coverOvenRoom(ctx) {
  const oven = (x) => `${shadow(x + 160, 740, 180, 14)}<rect x="${x}" y="300" width="320" height="440" rx="12" fill="#aab3ba" stroke="#6b747b" stroke-width="4"/><rect x="${x + 30}" y="350" width="260" height="200" rx="8" fill="#2b2f33"/><rect x="${x + 40}" y="420" width="240" height="60" fill="#f28c28" opacity=".55"/><rect x="${x + 30}" y="580" width="260" height="20" rx="10" fill="#6b747b"/>`;
  let tray = '';
  for (let r = 0; r < 3; r++) for (let c = 0; c < 8; c++) tray += kemplangDisc(ctx, 380 + c * 110 + r * 20, 860 + r * 70, 44, 0.35, 'raw');
  return `${interior({ wall: '#eef3f7', floor: '#cfd8dc', tiles: true })}${oven(200)}${oven(1080)}
  ${person(560, 1020, 1.4, { shirt: ctx.brand.main, headColor: '#f1f5f9' })}${person(1080, 1020, 1.4, { shirt: ctx.brand.main, head: 'cap', headColor: '#f1f5f9' })}
  ${steelTable(260, 800, 1080, 300)}<rect x="300" y="810" width="1000" height="230" rx="8" fill="#8d969d"/>${tray}
  ${arms(560, 1020, 1.4, ctx.brand.main, [[520, 880], [640, 900]])}${kemplangDisc(ctx, 640, 890, 40, 0.35, 'raw')}${arms(1080, 1020, 1.4, ctx.brand.main, [[1020, 900], [1150, 880]])}`;
}

/** Lembayung: drying racks under insect netting outside the small rented workshop. */
export function coverNettedRacks(ctx) {
  const shop = `<rect x="940" y="360" width="560" height="420" fill="#e9dcc8"/><path d="M900 380 L1220 220 L1540 380Z" fill="${ctx.brand.main}"/><rect x="1160" y="540" width="140" height="240" fill="#5a3e2b"/><rect x="1000" y="480" width="120" height="110" fill="#bfe0ef" stroke="#fff" stroke-width="8"/>
  <rect x="1330" y="480" width="120" height="110" fill="#bfe0ef" stroke="#fff" stroke-width="8"/>`;
  return `${sky(ctx, { sun: [240, 180] })}<rect y="780" width="${WIDTH}" height="420" fill="#a8b77a"/>${shop}
  ${rack(ctx, 120, 1080, 520, 4, { netting: true })}${rack(ctx, 700, 1120, 520, 4, { netting: true })}`;
}

/** Dua Saudara: a production hall with trays of sliced crackers on drying racks under skylights. */
export function coverProductionHall(ctx) {
  let lights = '';
  for (let i = 0; i < 5; i++) lights += `<path d="M${140 + i * 300} 0 h180 l-40 120 h-100z" fill="#fffbe0" opacity=".8"/>`;
  let racks = '';
  for (let i = 0; i < 3; i++) racks += rack(ctx, 120 + i * 480, 1100 - i * 20, 420, 6, { tone: i === 1 ? 'pale' : 'raw' });
  return `${interior({ wall: '#dfe3e6', floor: '#9ca3a8' })}<rect width="${WIDTH}" height="130" fill="#6b7280"/>${lights}
  <path d="M0 760 L800 430 L1600 760" fill="none"/>${racks}
  ${person(1420, 1160, 0.9, { shirt: ctx.brand.main, head: 'cap', headColor: '#ffffff', hands: [[1340, 980], [1480, 990]] })}`;
}

/** Sinar Krobokan: rows of raw crackers drying on bamboo racks in a sunny yard. */
export function coverBambooYard(ctx) {
  const colors = ['#f4ead0', '#f7d25c', '#f29b9b', '#fdf4e0', '#f4a15d'];
  let racks = '';
  for (let r = 0; r < 3; r++) {
    const y = 700 + r * 150;
    const s = 0.8 + r * 0.15;
    racks += `${shadow(800, y + 60, 700 * s, 20)}<rect x="${800 - 700 * s}" y="${y}" width="${1400 * s}" height="${36 * s}" fill="#d9b273" stroke="#a77a44" stroke-width="4"/>`;
    for (let c = 0; c < 18; c++) racks += `<ellipse cx="${n(800 - 680 * s + c * 80 * s)}" cy="${n(y + 4)}" rx="${n(32 * s)}" ry="${n(12 * s)}" fill="${colors[(c + r) % colors.length]}" stroke="#000" stroke-opacity=".08" stroke-width="2"/>`;
    racks += [-0.9, -0.3, 0.3, 0.9].map((t) => `<rect x="${n(800 + t * 700 * s)}" y="${y + 30}" width="12" height="${n(80 * s)}" fill="#a77a44"/>`).join('');
  }
  return `${sky(ctx, { sun: [1300, 170] })}<rect y="560" width="${WIDTH}" height="640" fill="#d9c7a0"/>
  <rect x="0" y="380" width="${WIDTH}" height="190" fill="#c9b8a0"/><path d="M0 380 H1600" stroke="#8a7a60" stroke-width="8"/>${racks}`;
}

/** Bende Makmur: the cooperative's warehouse of packed rice bags, the mill and the paddy fields through the door. */
export function coverRiceWarehouse(ctx) {
  const b = ctx.brand;
  let fields = '';
  for (let i = 0; i < 5; i++) fields += `<path d="M900 ${420 + i * 60} H1460" stroke="#9cc45a" stroke-width="${20 + i * 6}"/>`;
  const door = `<rect x="880" y="160" width="600" height="600" fill="#bfe3f5"/><rect x="880" y="400" width="600" height="360" fill="#7fb24a"/>${fields}<rect x="880" y="160" width="600" height="600" fill="none" stroke="#6b5a3a" stroke-width="18"/>`;
  let stack = '';
  for (let r = 0; r < 5; r++) for (let c = 0; c < 3; c++) stack += `<rect x="${120 + c * 220 + (r % 2) * 20}" y="${900 - r * 110}" width="200" height="100" rx="18" fill="#f1ead6" stroke="#c9bd9a" stroke-width="3"/><rect x="${170 + c * 220 + (r % 2) * 20}" y="${925 - r * 110}" width="100" height="50" rx="6" fill="${b.main}"/>`;
  const mill = `${shadow(1200, 1010, 220, 16)}<rect x="1040" y="800" width="320" height="210" rx="10" fill="#c2410c"/><path d="M1080 800 L1130 640 H1270 L1320 800Z" fill="#9a3412"/><rect x="1100" y="840" width="100" height="60" rx="6" fill="#1f2937"/><path d="M1360 900 h120 v-40" stroke="#6b7280" stroke-width="26" fill="none"/>`;
  return `${interior({ wall: '#d6cfc0', floor: '#a8a29e' })}${door}<rect x="80" y="1000" width="700" height="30" fill="#8f6435"/>${stack}${mill}`;
}

/** Manggar Sari: a tapper's wok of coconut sap boiling over a wood fire under the palms, bamboo sap tubes beside it. */
export function coverSapBoiling(ctx) {
  const tubes = [0, 1, 2].map((i) => `<g transform="translate(${1180 + i * 90} 800) rotate(${-6 + i * 6})"><rect x="-26" y="0" width="52" height="240" rx="12" fill="#c9b36a" stroke="#8a7a40" stroke-width="4"/>${[60, 130, 200].map((y) => `<rect x="-28" y="${y}" width="56" height="10" fill="#8a7a40"/>`).join('')}</g>`).join('');
  return `${sky(ctx, { sun: [800, 200] })}<rect y="760" width="${WIDTH}" height="440" fill="#9aa86a"/>
  ${palm(160, 900, 1.4)}${palm(1420, 880, 1.3)}${palm(1080, 760, 0.9)}
  <rect x="260" y="520" width="760" height="40" fill="#6b4a2b"/><path d="M220 540 L640 380 L1060 540" fill="#8a5a34"/><rect x="280" y="560" width="20" height="440" fill="#6b4a2b"/><rect x="980" y="560" width="20" height="440" fill="#6b4a2b"/>
  ${tungku(360, 1080, 560, 260)}${wok(640, 820, 320, '#a2571c')}${[0, 1, 2, 3, 4, 5].map((i) => `<circle cx="${470 + i * 60}" cy="${818 + (i % 2) * 8}" r="${12 + (i % 3) * 4}" fill="#e8b060" opacity=".8"/>`).join('')}${steam(560, 780, 3, 260)}
  ${tubes}`;
}

/** Sumber Sari: a hand spreading batter on a hot round iron plate, finished wrappers stacked beside it. */
export function coverLumpiaPlates(ctx) {
  const plateOn = (cx, cy, r) => `${shadow(cx, cy + 80, r, 14)}<rect x="${cx - r * 0.7}" y="${cy + 10}" width="${r * 1.4}" height="70" fill="#4b5563"/><ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${n(r * 0.32)}" fill="#2b2f33"/><ellipse cx="${cx}" cy="${cy - 4}" rx="${r - 16}" ry="${n(r * 0.32 - 6)}" fill="#4b5157"/>`;
  let stack = '';
  for (let i = 0; i < 16; i++) stack += `<ellipse cx="1320" cy="${900 - i * 8}" rx="170" ry="52" fill="${i % 2 ? '#f4ead2' : '#fbf4e2'}" stroke="#e0cfa8" stroke-width="3"/>`;
  const hand = `<path d="M860 560 Q820 640 760 700" stroke="${SKIN}" stroke-width="70" stroke-linecap="round" fill="none"/><ellipse cx="740" cy="712" rx="60" ry="36" fill="#f3ead6"/><path d="M860 560 L960 420" stroke="${ctx.brand.main}" stroke-width="90" stroke-linecap="round"/>`;
  return `${interior({ wall: '#f2e6d2', floor: '#b59a7a', tiles: true })}<rect x="120" y="700" width="1360" height="40" fill="#6b7280"/>
  ${plateOn(380, 720, 220)}${plateOn(760, 740, 240)}<ellipse cx="700" cy="738" rx="170" ry="52" fill="#f7efdc" opacity=".9"/>${hand}
  ${steelTable(1100, 920, 420, 260)}${stack}`;
}

/** Logam Jaya: stacks of pressed steel woks beside the mechanical press. */
export function coverWokPress(ctx) {
  const press = `${shadow(460, 1040, 260, 18)}<rect x="260" y="220" width="400" height="120" fill="${ctx.brand.main}"/><rect x="290" y="340" width="70" height="700" fill="${ctx.brand.main}"/><rect x="560" y="340" width="70" height="700" fill="${ctx.brand.main}"/>
  <rect x="360" y="340" width="200" height="240" fill="#4b5563"/><ellipse cx="460" cy="600" rx="110" ry="30" fill="#9aa3aa"/><rect x="330" y="840" width="260" height="60" fill="#4b5563"/><ellipse cx="460" cy="840" rx="120" ry="30" fill="#6b7280"/>
  <circle cx="700" cy="280" r="90" fill="none" stroke="#1f2937" stroke-width="20"/><rect x="240" y="1000" width="440" height="40" fill="#1f2937"/>`;
  const wokStack = (cx, base, count) => {
    let out = shadow(cx, base + 10, 220, 18);
    for (let i = 0; i < count; i++) out += `<path d="M${cx - 200} ${base - i * 34} Q${cx} ${base - i * 34 + 90} ${cx + 200} ${base - i * 34}" fill="#2b2f33" stroke="#4b5563" stroke-width="4"/><ellipse cx="${cx}" cy="${base - i * 34}" rx="200" ry="30" fill="#3b4248"/>`;
    return out;
  };
  return `${interior({ wall: '#cbd5e1', floor: '#6b6b6b' })}${press}${wokStack(1000, 1000, 8)}${wokStack(1360, 1060, 6)}
  <rect x="760" y="180" width="700" height="20" fill="#94a3b8"/>${[0, 1, 2, 3, 4].map((i) => `<circle cx="${820 + i * 140}" cy="260" r="50" fill="none" stroke="#475569" stroke-width="10"/>`).join('')}`;
}

/** Mbak Wulan: steam rising from a vat of soy milk over a wood fire, tofu setting in a pressing frame. */
export function coverTofuVat(ctx) {
  const vat = `${tungku(260, 1060, 640, 240)}<path d="M300 560 L330 820 H830 L860 560Z" fill="#9aa3aa" stroke="#6b747b" stroke-width="5"/><ellipse cx="580" cy="560" rx="280" ry="50" fill="#6b747b"/><ellipse cx="580" cy="566" rx="260" ry="40" fill="#f6f1e2"/>
  <ellipse cx="540" cy="560" rx="90" ry="12" fill="#fff" opacity=".7"/>${steam(480, 520, 4, 380)}`;
  const frame = `${shadow(1240, 1000, 260, 16)}<rect x="1000" y="760" width="480" height="240" fill="#a77a44"/><rect x="1020" y="780" width="440" height="200" fill="#efe6cc"/>${[1, 2, 3].map((i) => `<path d="M${1020 + i * 110} 780 v200" stroke="#cbb98c" stroke-width="5"/>`).join('')}<path d="M1020 880 h440" stroke="#cbb98c" stroke-width="5"/>
  <rect x="980" y="720" width="520" height="40" fill="#7a5a3a"/><rect x="1200" y="560" width="40" height="160" fill="#7a5a3a"/><rect x="1120" y="540" width="200" height="40" fill="#7a5a3a"/>`;
  const beans = `<g transform="translate(1250 1100)"><ellipse cx="0" cy="0" rx="160" ry="40" fill="#8a8f96"/><ellipse cx="0" cy="-6" rx="140" ry="30" fill="#d9c48b"/>${grains(ctx, 40, { x: -130, y: -28, w: 260, h: 40, colors: ['#e4cf8e', '#cdb26a'], rx: 9 })}</g>`;
  return `${interior({ wall: '#cfc6b4', floor: '#7d7468' })}<rect width="${WIDTH}" height="90" fill="#4a4038"/>${vat}${frame}${beans}`;
}

/** Pak Harjo: banana-leaf tempe parcels fermenting on bamboo racks. */
export function coverTempeRacks(ctx) {
  let racks = '';
  for (let l = 0; l < 4; l++) {
    const y = 340 + l * 200;
    racks += `<rect x="160" y="${y + 90}" width="1280" height="18" fill="#c9a15e"/>`;
    for (let c = 0; c < 11; c++) racks += `<g transform="translate(${200 + c * 112} ${y + 20})"><rect width="96" height="70" rx="10" fill="${(c + l) % 3 ? '#5d9a48' : '#4e8a3c'}"/><rect x="44" y="-4" width="8" height="78" fill="#d9c08a"/><path d="M6 22 Q48 12 90 24" stroke="#3f7a30" stroke-width="4" fill="none"/></g>`;
  }
  const drum = `${shadow(1400, 1130, 120, 12)}<rect x="1300" y="920" width="200" height="210" rx="10" fill="#5a6b7a"/>${[960, 1040].map((y) => `<rect x="1300" y="${y}" width="200" height="10" fill="#3f4c58"/>`).join('')}`;
  return `${interior({ wall: '#c9b99a', floor: '#8a7a60' })}<rect x="150" y="300" width="20" height="860" fill="#a77a44"/><rect x="1430" y="300" width="20" height="860" fill="#a77a44"/>${racks}${drum}`;
}

/** Rebon Sejahtera: tiny pink rebon shrimp spread to dry on mats near the coast. */
export function coverRebonMats(ctx) {
  let mats = '';
  for (const [x, y, w, h] of [[120, 700, 620, 220], [820, 690, 660, 230], [300, 960, 1000, 200]]) {
    mats += `${shadow(x + w / 2, y + h + 6, w * 0.5, 12)}<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#d9b273" stroke="#a77a44" stroke-width="5"/>${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `<path d="M${x} ${y + (i * h) / 8} h${w}" stroke="#c49a5a" stroke-width="3"/>`).join('')}
    ${grains(ctx, Math.round((w * h) / 500), { x: x + 20, y: y + 16, w: w - 40, h: h - 32, colors: ['#f3a0a0', '#ee8a8a', '#f7b8b0', '#e9767a'], rx: 8, ry: 4 })}`;
  }
  const boat = `<g transform="translate(1200 470)"><path d="M-160 0 H160 L120 50 H-120Z" fill="${ctx.brand.main}"/><rect x="-4" y="-120" width="8" height="120" fill="#6b4a2b"/><path d="M4 -110 L90 -20 H4Z" fill="#fff"/></g>`;
  return `${sky(ctx, { sun: [300, 200] })}<rect y="440" width="${WIDTH}" height="120" fill="#4d9ac4"/>${[0, 1, 2].map((i) => `<path d="M${100 + i * 500} ${480 + i * 20} q40 -14 80 0 t80 0" stroke="#fff" stroke-width="5" fill="none" opacity=".6"/>`).join('')}${boat}
  <rect y="560" width="${WIDTH}" height="640" fill="#e6d3a8"/>${palm(1500, 700, 0.9)}${mats}`;
}

export const covers = {
  'cover-bandeng': coverBandeng,
  'cover-batik-drying': coverBatikDrying,
  'cover-batik-workshop': coverBatikWorkshop,
  'cover-pineapple-peeling': coverPineapplePeeling,
  'cover-gula-puan-kitchen': coverGulaPuanKitchen,
  'cover-welding': coverWelding,
  'cover-band-sealer': coverBandSealer,
  'cover-charcoal-kitchen': coverCharcoalKitchen,
  'cover-oven-room': coverOvenRoom,
  'cover-netted-racks': coverNettedRacks,
  'cover-production-hall': coverProductionHall,
  'cover-bamboo-yard': coverBambooYard,
  'cover-rice-warehouse': coverRiceWarehouse,
  'cover-sap-boiling': coverSapBoiling,
  'cover-lumpia-plates': coverLumpiaPlates,
  'cover-wok-press': coverWokPress,
  'cover-tofu-vat': coverTofuVat,
  'cover-tempe-racks': coverTempeRacks,
  'cover-rebon-mats': coverRebonMats,
};
