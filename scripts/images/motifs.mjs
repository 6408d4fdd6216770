/**
 * Flat illustrations of the catalogue's product types, drawn as SVG (1600×1200).
 * Each motif is a function of a small drawing context: a seeded random source
 * (so output is deterministic), a palette shifted by the entry's hue and the
 * label text. Shapes only; no external fonts or images.
 */

export const WIDTH = 1600;
export const HEIGHT = 1200;

/** Deterministic pseudo-random numbers (mulberry32) from a string seed. */
export function seeded(seed) {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
}

const hsl = (h, s, l) => `hsl(${((h % 360) + 360) % 360} ${s}% ${l}%)`;
const FONT = 'DejaVu Sans, Arial, sans-serif';

/** A label card with the product name, as printed on a pack or a sign. */
function label(text, x, y, w, h, { fill = '#fffaf0', ink = '#3a2413', size = 44 } = {}) {
  if (!text) return '';
  const words = String(text).split(/\s+/);
  const lines = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last && (last + ' ' + word).length * size * 0.58 < w - 40) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const shown = lines.slice(0, 3);
  const lineHeight = size * 1.15;
  const top = y + h / 2 - (shown.length * lineHeight) / 2 + size * 0.85;
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${fill}" stroke="#00000022" stroke-width="3"/>
  ${shown.map((line, i) => `<text x="${x + w / 2}" y="${top + i * lineHeight}" font-family="${FONT}" font-size="${size}" font-weight="700" fill="${ink}" text-anchor="middle">${escapeXml(line)}</text>`).join('')}`;
}

function background(ctx) {
  const { hue } = ctx;
  return `<defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(hue + 20, 55, 88)}"/><stop offset="1" stop-color="${hsl(hue, 45, 78)}"/></linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.4" r="0.6"><stop offset="0" stop-color="#ffffff" stop-opacity=".55"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>
    <linearGradient id="table" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(hue + 10, 35, 58)}"/><stop offset="1" stop-color="${hsl(hue + 5, 38, 46)}"/></linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#glow)"/>
  <rect y="860" width="${WIDTH}" height="340" fill="url(#table)"/>
  <rect y="860" width="${WIDTH}" height="10" fill="#00000018"/>`;
}

const shadow = (cx, cy, rx, ry = 28) => `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="#00000026"/>`;

/** A clear stand-up pouch with `inside` drawn within it and a label. */
function pouch(ctx, inside, { x = 520, y = 230, w = 560, h = 660, tint = '#ffffff' } = {}) {
  return `${shadow(x + w / 2, y + h + 10, w * 0.55)}
  <path d="M${x} ${y + 60} Q${x} ${y} ${x + 40} ${y} H${x + w - 40} Q${x + w} ${y} ${x + w} ${y + 60} L${x + w - 20} ${y + h} H${x + 20} Z" fill="${tint}" fill-opacity=".55" stroke="#ffffff" stroke-width="6"/>
  <g clip-path="url(#pouchclip)">${inside}</g>
  <clipPath id="pouchclip"><path d="M${x + 12} ${y + 70} H${x + w - 12} L${x + w - 30} ${y + h - 10} H${x + 30} Z"/></clipPath>
  <rect x="${x}" y="${y}" width="${w}" height="44" rx="16" fill="${hsl(ctx.hue + 180, 40, 40)}"/>
  ${label(ctx.label, x + 60, y + h * 0.55, w - 120, 190)}`;
}

function discs(ctx, count, { x, y, w, h, r: radius = 70, colors }) {
  const rand = ctx.random;
  let out = '';
  for (let i = 0; i < count; i++) {
    const cx = x + rand() * w;
    const cy = y + rand() * h;
    const r = radius * (0.75 + rand() * 0.5);
    const c = colors[Math.floor(rand() * colors.length)];
    out += `<ellipse cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" rx="${r.toFixed(1)}" ry="${(r * 0.92).toFixed(1)}" fill="${c}" stroke="#00000014" stroke-width="3"/>`;
    for (let k = 0; k < 4; k++) {
      out += `<circle cx="${(cx + (rand() - 0.5) * r).toFixed(1)}" cy="${(cy + (rand() - 0.5) * r).toFixed(1)}" r="${(3 + rand() * 5).toFixed(1)}" fill="#8a6a3a" fill-opacity=".35"/>`;
    }
  }
  return out;
}

function grains(ctx, count, { x, y, w, h, color, size = 10 }) {
  let out = '';
  for (let i = 0; i < count; i++) {
    const cx = x + ctx.random() * w;
    const cy = y + ctx.random() * h;
    out += `<ellipse cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" rx="${size}" ry="${size * 0.45}" transform="rotate(${Math.floor(ctx.random() * 180)} ${cx.toFixed(1)} ${cy.toFixed(1)})" fill="${color}"/>`;
  }
  return out;
}

function pineapple(x, y, s = 1) {
  let scales = '';
  for (let r = 0; r < 5; r++) for (let c = 0; c < 4; c++) scales += `<path d="M${x - 60 * s + c * 40 * s + (r % 2) * 20 * s} ${y + r * 42 * s} l20 ${-18 * s} l20 ${18 * s} l-20 ${18 * s} z" fill="#c98a12" fill-opacity=".55"/>`;
  return `<ellipse cx="${x}" cy="${y + 90 * s}" rx="${95 * s}" ry="${130 * s}" fill="#e8b52a"/>${scales}
  <path d="M${x} ${y - 30 * s} l-60 ${-120 * s} l50 ${60 * s} l10 ${-110 * s} l14 ${110 * s} l50 ${-60 * s} l-50 ${130 * s}z" fill="#3f8a3a"/>`;
}

export const motifs = {
  kemplang: (ctx) => pouch(ctx, discs(ctx, 16, { x: 540, y: 300, w: 520, h: 560, r: 95, colors: ['#f4e6c6', '#efdcb4', '#f7ecd3'] })),
  kerupuk: (ctx) =>
    pouch(ctx, discs(ctx, 22, { x: 540, y: 300, w: 520, h: 560, r: 70, colors: ['#f2c6c2', '#f6e27a', '#bfe3b4', '#f9f2e0', '#f0b37e'] }), { tint: '#fff6e8' }),
  'kerupuk-udang': (ctx) =>
    pouch(ctx, discs(ctx, 20, { x: 540, y: 300, w: 520, h: 560, r: 80, colors: ['#f7c9b8', '#f4b8a4', '#fadbcf'] }), { tint: '#ffe9e0' }),
  'gula-kelapa': (ctx) => {
    let blocks = '';
    const spots = [[470, 700], [690, 690], [910, 700], [580, 560], [800, 560], [1130, 720]];
    for (const [x, y] of spots) {
      blocks += `<ellipse cx="${x}" cy="${y + 95}" rx="120" ry="28" fill="#00000022"/><path d="M${x - 100} ${y} h200 l-24 100 h-152 z" fill="#7a4318"/><ellipse cx="${x}" cy="${y}" rx="100" ry="30" fill="#9a5a26"/><ellipse cx="${x - 20}" cy="${y - 4}" rx="40" ry="10" fill="#b87438" opacity=".6"/>`;
    }
    return `${blocks}${label(ctx.label, 1000, 260, 480, 180)}`;
  },
  'gula-semut': (ctx) =>
    pouch(ctx, grains(ctx, 700, { x: 540, y: 420, w: 520, h: 460, color: '#a8642a', size: 9 }) + `<rect x="540" y="700" width="520" height="200" fill="#8f5322"/>`, { tint: '#f7efe4' }),
  'nanas-kaleng': (ctx) =>
    `${shadow(700, 930, 230)}<rect x="480" y="360" width="440" height="560" rx="30" fill="#c9ced3"/><rect x="480" y="360" width="440" height="40" rx="20" fill="#e3e7ea"/><rect x="480" y="880" width="440" height="40" rx="20" fill="#aeb4ba"/>
    <rect x="480" y="440" width="440" height="380" fill="${hsl(ctx.hue + 40, 70, 52)}"/>${pineapple(700, 520, 0.9)}${label(ctx.label, 1010, 300, 460, 170)}<g>${pineapple(1200, 640, 1.1)}</g>`,
  'nanas-olahan': (ctx) =>
    `${shadow(700, 930, 220)}<rect x="500" y="430" width="400" height="490" rx="60" fill="#f2a81d" fill-opacity=".9" stroke="#ffffff" stroke-width="8"/><rect x="520" y="360" width="360" height="90" rx="16" fill="${hsl(ctx.hue + 200, 45, 38)}"/>
    ${label(ctx.label, 540, 600, 320, 190, { size: 38 })}${pineapple(1180, 600, 1.2)}`,
  'gula-puan': (ctx) =>
    `${shadow(760, 930, 250)}<rect x="520" y="380" width="480" height="540" rx="70" fill="#f6ead2" stroke="#ffffff" stroke-width="10"/><rect x="540" y="520" width="440" height="380" rx="50" fill="#e9d3a5"/>
    <rect x="560" y="300" width="400" height="100" rx="18" fill="${hsl(ctx.hue + 20, 50, 35)}"/>${label(ctx.label, 580, 600, 360, 180, { size: 40 })}`,
  terasi: (ctx) => {
    let out = '';
    const spots = [[420, 620], [700, 660], [980, 620], [560, 500], [840, 500]];
    for (const [x, y] of spots) out += `${shadow(x, y + 150, 150)}<rect x="${x - 130}" y="${y}" width="260" height="140" rx="16" fill="#5b3b2c"/><rect x="${x - 130}" y="${y}" width="260" height="140" rx="16" fill="none" stroke="#c85a3a" stroke-width="10" stroke-dasharray="40 20"/><rect x="${x - 90}" y="${y + 40}" width="180" height="60" rx="10" fill="#7a5140"/>`;
    return `${out}${label(ctx.label, 1080, 260, 420, 170)}`;
  },
  beras: (ctx) =>
    `${shadow(760, 940, 300)}<path d="M480 340 Q760 300 1040 340 L1080 920 Q760 960 440 920 Z" fill="#f4efe2" stroke="#d9cfb4" stroke-width="8"/>
    <path d="M480 340 Q760 380 1040 340" fill="none" stroke="#cbbf9d" stroke-width="10"/>${label(ctx.label, 560, 520, 400, 200)}
    ${grains(ctx, 260, { x: 1120, y: 820, w: 360, h: 120, color: '#fbf8ee', size: 12 })}<ellipse cx="760" cy="780" rx="160" ry="34" fill="${hsl(ctx.hue + 100, 40, 45)}" opacity=".8"/>`,
  batik: (ctx) => {
    const base = hsl(ctx.hue + 10, 45, 30);
    const ink = hsl(ctx.hue + 30, 55, 70);
    let pattern = '';
    for (let r = 0; r < 6; r++) {
      for (let c = 0; c < 8; c++) {
        const x = 260 + c * 150 + (r % 2) * 75;
        const y = 240 + r * 110;
        pattern += `<g transform="translate(${x} ${y})"><circle r="34" fill="none" stroke="${ink}" stroke-width="8"/><path d="M-46 0 Q0 -60 46 0 Q0 60 -46 0Z" fill="none" stroke="${ink}" stroke-width="5"/><circle r="8" fill="${ink}"/></g>`;
      }
    }
    return `<path d="M200 180 H1400 V860 Q1300 900 1200 860 T1000 860 T800 860 T600 860 T400 860 T200 860 Z" fill="${base}"/>
    <clipPath id="cloth"><path d="M200 180 H1400 V860 Q1300 900 1200 860 T1000 860 T800 860 T600 860 T400 860 T200 860 Z"/></clipPath><g clip-path="url(#cloth)">${pattern}</g>
    <rect x="200" y="180" width="1200" height="34" fill="${ink}" opacity=".5"/>${label(ctx.label, 1040, 930, 460, 150, { size: 40 })}`;
  },
  logam: (ctx) =>
    `${shadow(620, 900, 300)}<ellipse cx="620" cy="760" rx="300" ry="110" fill="#5e666d"/><ellipse cx="620" cy="740" rx="270" ry="90" fill="#8b949b"/><ellipse cx="620" cy="735" rx="200" ry="60" fill="#a9b1b7"/>
    <rect x="880" y="700" width="260" height="36" rx="18" fill="#4a3a2a" transform="rotate(-12 880 718)"/>
    <g transform="translate(1080 420)"><path d="M0 0 h260 v60 h-200 v200 h-60z" fill="#9aa3aa" stroke="#6b747b" stroke-width="6"/><circle cx="30" cy="30" r="14" fill="#5e666d"/><circle cx="200" cy="30" r="14" fill="#5e666d"/><circle cx="30" cy="200" r="14" fill="#5e666d"/></g>
    <g fill="#7d868d"><rect x="1120" y="760" width="30" height="110" rx="6"/><polygon points="1100,760 1170,760 1160,730 1110,730"/><rect x="1220" y="780" width="30" height="90" rx="6"/><polygon points="1200,780 1270,780 1260,750 1210,750"/></g>
    ${label(ctx.label, 260, 240, 520, 170)}`,
  tahu: (ctx) => {
    let out = '';
    for (let i = 0; i < 6; i++) {
      const x = 420 + (i % 3) * 250;
      const y = 520 + Math.floor(i / 3) * 170;
      out += `<rect x="${x}" y="${y}" width="220" height="150" rx="14" fill="#f7f0dc" stroke="#e2d6b3" stroke-width="6"/><rect x="${x}" y="${y}" width="220" height="30" rx="10" fill="#fffaf0"/>`;
    }
    return `${shadow(790, 900, 420)}<rect x="380" y="480" width="820" height="400" rx="30" fill="${hsl(ctx.hue + 190, 35, 70)}" opacity=".6"/>${out}${label(ctx.label, 980, 250, 480, 170)}`;
  },
  tempe: (ctx) =>
    `${shadow(760, 900, 380)}<rect x="400" y="480" width="720" height="380" rx="40" fill="#4f8a3c"/><path d="M400 520 Q760 420 1120 520" fill="none" stroke="#3b6e2c" stroke-width="10"/>
    <rect x="460" y="540" width="600" height="270" rx="30" fill="#efe2bd"/>${grains(ctx, 240, { x: 480, y: 560, w: 560, h: 230, color: '#d6c18e', size: 12 })}
    ${label(ctx.label, 980, 250, 480, 170)}`,
  bandeng: (ctx) =>
    `${shadow(760, 900, 420)}<rect x="340" y="560" width="840" height="320" rx="40" fill="#ffffff" fill-opacity=".6" stroke="#ffffff" stroke-width="6"/>
    <g transform="translate(760 700)"><path d="M-360 0 Q-160 -150 200 -40 L360 -120 L330 0 L360 120 L200 40 Q-160 150 -360 0Z" fill="#b9c4c9"/><path d="M-360 0 Q-160 -150 200 -40 L200 0 Z" fill="#8d9aa1"/><circle cx="-280" cy="-10" r="16" fill="#2d3a40"/><path d="M-200 30 Q-20 60 160 20" stroke="#c49a5a" stroke-width="10" fill="none"/></g>
    ${label(ctx.label, 420, 240, 520, 170)}`,
  'kulit-lumpia': (ctx) => {
    let out = '';
    for (let i = 0; i < 9; i++) out += `<ellipse cx="760" cy="${800 - i * 22}" rx="330" ry="90" fill="${i % 2 ? '#f7efdc' : '#fbf5e6'}" stroke="#e3d5b3" stroke-width="4"/>`;
    return `${shadow(760, 860, 360)}${out}<path d="M1120 700 l180 -40 l40 60 l-180 40z" fill="#f2e6c8"/>${label(ctx.label, 980, 230, 480, 170)}`;
  },
  workshop: (ctx) => {
    const wall = hsl(ctx.hue + 30, 40, 82);
    const roof = hsl(ctx.hue, 55, 36);
    return `<rect x="300" y="420" width="1000" height="460" fill="${wall}"/><polygon points="240,440 800,180 1360,440" fill="${roof}"/>
    <rect x="360" y="520" width="220" height="180" fill="#6d8fa0"/><rect x="1020" y="520" width="220" height="180" fill="#6d8fa0"/><rect x="700" y="560" width="200" height="320" fill="${hsl(ctx.hue + 10, 40, 30)}"/>
    <rect x="360" y="610" width="220" height="8" fill="#ffffff88"/><rect x="1020" y="610" width="220" height="8" fill="#ffffff88"/>
    ${label(ctx.label, 560, 440, 480, 100, { size: 40, fill: '#fff3da' })}<rect x="260" y="870" width="1080" height="20" fill="#00000022"/>`;
  },
  cluster: (ctx) => {
    let houses = '';
    for (let i = 0; i < 5; i++) {
      const x = 140 + i * 280;
      const h = 240 + ((i * 53) % 90);
      houses += `<rect x="${x}" y="${860 - h}" width="240" height="${h}" fill="${hsl(ctx.hue + i * 25, 40, 78)}"/><polygon points="${x - 20},${880 - h} ${x + 120},${760 - h} ${x + 260},${880 - h}" fill="${hsl(ctx.hue + i * 10, 50, 38)}"/><rect x="${x + 80}" y="${760}" width="80" height="100" fill="#5a3b25"/>`;
    }
    return `<circle cx="1320" cy="220" r="90" fill="#ffd76a"/>${houses}<rect x="0" y="860" width="1600" height="40" fill="#8c7a66"/>${label(ctx.label, 80, 110, 640, 170)}`;
  },
  event: (ctx) =>
    `<rect x="200" y="260" width="1200" height="600" fill="${hsl(ctx.hue + 200, 30, 92)}" stroke="#c9c0b0" stroke-width="6"/><rect x="200" y="260" width="1200" height="120" fill="${hsl(ctx.hue, 60, 40)}"/>
    <rect x="300" y="620" width="1000" height="240" fill="${hsl(ctx.hue + 30, 40, 70)}"/><rect x="300" y="620" width="1000" height="24" fill="#00000018"/>
    ${discs(ctx, 5, { x: 360, y: 560, w: 300, h: 40, r: 45, colors: ['#f4e6c6'] })}<rect x="760" y="520" width="120" height="100" fill="#a8642a"/><rect x="940" y="480" width="140" height="140" rx="16" fill="#e9d3a5"/>
    ${label(ctx.label, 420, 282, 760, 76, { size: 40, fill: 'none', ink: '#ffffff' })}`,
  region: (ctx) =>
    `<path d="M0 760 Q400 600 800 720 T1600 660 V1200 H0Z" fill="${hsl(ctx.hue + 100, 35, 55)}"/><path d="M0 860 Q500 760 900 860 T1600 820 V1200 H0Z" fill="${hsl(ctx.hue + 110, 40, 45)}"/>
    <path d="M0 980 Q600 900 1600 990" stroke="#7fb3c7" stroke-width="60" fill="none"/><circle cx="1250" cy="260" r="100" fill="#ffd76a"/>${label(ctx.label, 200, 200, 700, 180)}`,
};

export const motifNames = Object.keys(motifs);

/** The complete SVG document for one manifest entry. */
export function drawSvg({ motif, label: text = '', hue = 30 }, seed) {
  const draw = motifs[motif];
  if (!draw) throw new Error(`unknown motif "${motif}"`);
  const ctx = { hue, label: text, random: seeded(seed ?? `${motif}:${text}:${hue}`) };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${background(ctx)}${draw(ctx)}</svg>`;
}
