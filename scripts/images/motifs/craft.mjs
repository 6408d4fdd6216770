/** Crafts and metalwork: batik cloth, metal parts. */
import { hsl, n, room, shadow, tag } from './helpers.mjs';

/** Natural-dye batik colours: soga brown, indigo, mahogany on a cream ground; hue nudges them. */
function batikPalette(hue) {
  const shift = ((hue % 360) - 180) / 12;
  return { ground: hsl(38 + shift, 55, 86), soga: hsl(24 + shift, 55, 34), indigo: hsl(220 + shift, 40, 30), red: hsl(8 + shift, 50, 40) };
}

/** A kawung tile: four ovals around a centre, the classic Javanese motif. */
const kawung = (x, y, s, p) =>
  `<g transform="translate(${x} ${y})">${[0, 90, 180, 270].map((a) => `<ellipse cx="0" cy="${-s * 0.5}" rx="${n(s * 0.26)}" ry="${n(s * 0.42)}" transform="rotate(${a + 45})" fill="${p.soga}" stroke="${p.ground}" stroke-width="4"/><ellipse cx="0" cy="${-s * 0.55}" rx="${n(s * 0.08)}" ry="${n(s * 0.16)}" transform="rotate(${a + 45})" fill="${p.ground}"/>`).join('')}<circle r="${n(s * 0.08)}" fill="${p.indigo}"/></g>`;

/** A parang band: diagonal S-curves along a strip. */
function parang(x, y, w, h, p) {
  let out = `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${p.indigo}"/>`;
  for (let i = -1; i < w / 60 + 1; i++) out += `<path d="M${x + i * 60} ${y + h} q10 ${-h * 0.5} 30 ${-h * 0.5} q20 0 30 ${-h * 0.5}" stroke="${p.ground}" stroke-width="9" fill="none"/><circle cx="${x + i * 60 + 44}" cy="${y + h * 0.72}" r="5" fill="${p.ground}"/>`;
  return out;
}

export function batik(ctx) {
  const p = batikPalette(ctx.hue);
  const clip = ctx.id('cloth');
  // The cloth hangs from a bamboo pole and falls in soft folds.
  const cloth = 'M260 210 H1340 V820 Q1270 860 1200 830 Q1120 870 1040 835 Q960 870 880 830 Q800 870 720 835 Q640 870 560 830 Q480 870 400 835 Q330 860 260 820 Z';
  let tiles = '';
  for (let r = 0; r < 6; r++) for (let c = 0; c < 10; c++) tiles += kawung(300 + c * 120 + (r % 2) * 60, 340 + r * 100, 104, p);
  let folds = '';
  for (let x = 400; x < 1340; x += 160) folds += `<rect x="${x}" y="210" width="70" height="660" fill="#000" opacity=".07"/><rect x="${x + 70}" y="210" width="20" height="660" fill="#fff" opacity=".08"/>`;
  const folded = `${shadow(1200, 1060, 280, 30)}<rect x="960" y="930" width="480" height="120" rx="14" fill="${p.soga}"/><rect x="960" y="930" width="480" height="30" fill="${p.ground}" opacity=".6"/>
  <rect x="980" y="870" width="440" height="80" rx="12" fill="${p.indigo}"/>${parang(980, 880, 440, 60, p)}`;
  return `${room(ctx)}<defs><clipPath id="${clip}"><path d="${cloth}"/></clipPath></defs>
  <rect x="200" y="170" width="1200" height="36" rx="18" fill="#c9a15e"/><rect x="200" y="170" width="1200" height="10" rx="5" fill="#e6c98e"/>
  ${shadow(800, 880, 560, 28, 0.12)}<path d="${cloth}" fill="${p.ground}"/>
  <g clip-path="url(#${clip})">${tiles}${parang(240, 210, 1120, 70, p)}${parang(240, 760, 1120, 80, p)}${folds}</g>
  ${folded}${tag(ctx, { x: 200, y: 880, w: 440, h: 190, angle: -3, string: false })}`;
}

export function logam(ctx) {
  // A wok, an L-bracket and bolts: the range of a small metal workshop.
  const steel = ctx.id('steel');
  const wok = `<g>${shadow(560, 910, 330, 40)}
    <path d="M250 700 Q270 900 560 910 Q850 900 870 700 Z" fill="#3d4348"/>
    <ellipse cx="560" cy="700" rx="310" ry="90" fill="#5b636a"/><ellipse cx="560" cy="708" rx="280" ry="74" fill="url(#${steel})"/>
    <ellipse cx="500" cy="700" rx="120" ry="26" fill="#fff" opacity=".18"/>
    <path d="M860 690 Q980 650 1090 640" stroke="#2e3236" stroke-width="26" stroke-linecap="round" fill="none"/><rect x="1030" y="615" width="140" height="46" rx="23" fill="#7a4a28" transform="rotate(-6 1100 638)"/>
    <path d="M250 700 q-60 -10 -70 20 q10 30 70 20" stroke="#2e3236" stroke-width="16" fill="none"/></g>`;
  const bracket = `<g transform="translate(1060 300) rotate(8)">${shadow(150, 380, 170, 20)}<path d="M0 0 h90 v260 h210 v90 h-300 z" fill="#a7b0b7" stroke="#6f7880" stroke-width="6" stroke-linejoin="round"/>
    <path d="M0 0 h20 v330 h280 v20 h-300z" fill="#fff" opacity=".25"/>${[[45, 60], [45, 170], [150, 305], [250, 305]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="18" fill="#5b636a"/>`).join('')}</g>`;
  const bolt = (x, y, a) => `<g transform="translate(${x} ${y}) rotate(${a})">${shadow(0, 40, 90, 12)}<rect x="-70" y="-14" width="140" height="28" rx="4" fill="#9aa3aa"/>${[-50, -30, -10, 10, 30, 50].map((dx) => `<rect x="${dx}" y="-14" width="5" height="28" fill="#6f7880"/>`).join('')}
    <polygon points="-110,-34 -78,-34 -66,0 -78,34 -110,34 -122,0" fill="#7d868d" stroke="#5b636a" stroke-width="4"/></g>`;
  const nut = (x, y) => `<g transform="translate(${x} ${y})"><polygon points="-36,-20 0,-40 36,-20 36,20 0,40 -36,20" fill="#8d969d" stroke="#5b636a" stroke-width="4"/><circle r="16" fill="#4d555b"/></g>`;
  return `${room(ctx)}<defs><radialGradient id="${steel}" cx=".45" cy=".4" r=".7"><stop offset="0" stop-color="#c8ced3"/><stop offset=".6" stop-color="#8b949b"/><stop offset="1" stop-color="#5b636a"/></radialGradient></defs>
  ${wok}${bracket}${bolt(1130, 960, -8)}${bolt(1360, 1020, 14)}${nut(980, 1040)}${nut(1480, 930)}
  ${tag(ctx, { x: 240, y: 250, w: 460, h: 200, angle: -4 })}`;
}
