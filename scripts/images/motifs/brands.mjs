/**
 * Each producer's own look: label colours, label shape and lettering, so that
 * products of different producers differ at a glance, as real packs do. A
 * manifest entry picks a look with "brand" (the producer's slug).
 */
import { fitText, hsl, n } from './helpers.mjs';

/**
 * shape: rounded | oval | arch | banner | circle | tab | sticker | tag
 * main/second: label colours; paper: label ground; ink: product-name colour.
 */
export const brands = {
  'kemplang-bu-sari': { name: 'Bu Sari', shape: 'oval', font: 'serif', main: '#9b2c1f', second: '#e2a13b', paper: '#fff6e6', ink: '#5a1a10' },
  'kemplang-bu-rahmah': { name: 'Bu Rahmah', shape: 'rounded', font: 'sans', main: '#13806f', second: '#f4c542', paper: '#f4fbf6', ink: '#0d4d43' },
  'kemplang-cek-ana': { name: 'Cek Ana', shape: 'banner', font: 'sans', main: '#1d3a6e', second: '#d9a93a', paper: '#fdf9ef', ink: '#1d3a6e' },
  'kemplang-lembayung': { name: 'Lembayung', shape: 'arch', font: 'serif', main: '#6a3d8f', second: '#f08a3c', paper: '#fbf4ff', ink: '#43225e' },
  'kerupuk-dua-saudara': { name: 'Dua Saudara', shape: 'circle', font: 'sans', main: '#c8211d', second: '#ffd23f', paper: '#fffbea', ink: '#8e1411' },
  'kerupuk-sinar-krobokan': { name: 'Sinar Krobokan', shape: 'tab', font: 'sans', main: '#1f6fb8', second: '#ff9f1c', paper: '#ffffff', ink: '#14497a' },
  'kub-manggar-sari': { name: 'Manggar Sari', shape: 'arch', font: 'serif', main: '#3d6b2f', second: '#c98b3e', paper: '#f7f1e1', ink: '#2e4f23' },
  'gula-puan-mak-inah': { name: 'Mak Inah', shape: 'sticker', font: 'serif', main: '#7a5238', second: '#c9a27a', paper: '#fffdf7', ink: '#4a3020' },
  'cv-nanas-wangi': { name: 'Nanas Wangi', shape: 'oval', font: 'sans', main: '#2f8a3b', second: '#f7c531', paper: '#fffbe6', ink: '#1f5e28' },
  'koperasi-tani-bende-makmur': { name: 'Bende Makmur', shape: 'rounded', font: 'sans', main: '#2e7d32', second: '#f0d264', paper: '#ffffff', ink: '#1b5e20' },
  'tahu-tempe-mbak-wulan': { name: 'Mbak Wulan', shape: 'tab', font: 'serif', main: '#2f5fa7', second: '#9ccf6a', paper: '#ffffff', ink: '#1f3f70' },
  'tempe-pak-harjo': { name: 'Pak Harjo', shape: 'sticker', font: 'serif', main: '#6b5a3a', second: '#b8a47a', paper: '#fffdf5', ink: '#4a3d26' },
  'terasi-rebon-sejahtera': { name: 'Rebon Sejahtera', shape: 'banner', font: 'serif', main: '#b3261e', second: '#f2c230', paper: '#fff8e4', ink: '#7d1812' },
  'bandeng-presto-tiga-putri': { name: 'Tiga Putri', shape: 'circle', font: 'serif', main: '#0f6c8f', second: '#e0b84a', paper: '#f4fbff', ink: '#0b4a63' },
  'kulit-lumpia-sumber-sari': { name: 'Sumber Sari', shape: 'oval', font: 'serif', main: '#d0661c', second: '#3c8f8a', paper: '#fffaf0', ink: '#8a3f0c' },
  'batik-sekar-limbasari': { name: 'Sekar Limbasari', shape: 'tag', font: 'serif', main: '#7b3f1d', second: '#e8c27a', paper: '#fdf6e8', ink: '#5a2c12' },
  'batik-sekar-jati': { name: 'Sekar Jati', shape: 'tag', font: 'serif', main: '#24406b', second: '#b7834a', paper: '#f6f1e4', ink: '#1c3152' },
  'karya-mandiri-logam': { name: 'Karya Mandiri', shape: 'tab', font: 'sans', main: '#c2410c', second: '#334155', paper: '#ffffff', ink: '#1f2937' },
  'logam-jaya-kanal': { name: 'Logam Jaya', shape: 'rounded', font: 'sans', main: '#374151', second: '#eab308', paper: '#fefce8', ink: '#111827' },
};

export const brandNames = Object.keys(brands);

/** The look for entries without a brand: a plain cream label in the entry's hue. */
export function plainBrand(hue) {
  return { name: '', shape: 'rounded', font: 'sans', main: hsl(hue, 58, 42), second: hsl(hue + 20, 70, 50), paper: '#fffaf0', ink: '#3a2413' };
}

/** A small line of brand lettering (no fitting: brand names are short and sized to the space). */
function brandLine(b, text, cx, y, w, h, fill) {
  if (!text) return '';
  return fitText(text, { x: cx - w / 2, y, w, h, max: h * 0.8, min: 8, ink: fill, maxLines: 1, font: b.font });
}

/**
 * A printed label in the producer's look, at { x, y, w, h }. `text` defaults
 * to the entry's label; `brandName: false` leaves out the producer's name.
 */
export function brandLabel(ctx, { x, y, w, h, text = ctx.label, max = 54, brandName = true, angle = 0 }) {
  const b = ctx.brand;
  const cx = x + w / 2;
  const who = brandName ? b.name : '';
  const name = (box) => fitText(text, { ...box, max, min: 10, ink: b.ink, font: b.font });
  let out = '';
  switch (b.shape) {
    case 'oval': {
      out = `<ellipse cx="${n(cx)}" cy="${n(y + h / 2)}" rx="${n(w / 2)}" ry="${n(h / 2)}" fill="${b.paper}" stroke="${b.main}" stroke-width="${n(Math.max(4, h * 0.05))}"/>
      <ellipse cx="${n(cx)}" cy="${n(y + h / 2)}" rx="${n(w / 2 - h * 0.09)}" ry="${n(h / 2 - h * 0.09)}" fill="none" stroke="${b.second}" stroke-width="3"/>
      ${brandLine(b, who, cx, y + h * 0.13, w * 0.5, h * 0.16, b.main)}${name({ x: x + w * 0.17, y: y + h * (who ? 0.3 : 0.2), w: w * 0.66, h: h * (who ? 0.48 : 0.6) })}`;
      break;
    }
    case 'arch': {
      const r = Math.min(w / 2, h * 0.45);
      out = `<path d="M${n(x)} ${n(y + h)} V${n(y + r)} A${n(w / 2)} ${n(r)} 0 0 1 ${n(x + w)} ${n(y + r)} V${n(y + h)} Z" fill="${b.paper}" stroke="${b.main}" stroke-width="6"/>
      <path d="M${n(x + 12)} ${n(y + h - 18)} H${n(x + w - 12)}" stroke="${b.second}" stroke-width="10"/>
      ${brandLine(b, who, cx, y + r * 0.35, w * 0.6, Math.min(h * 0.17, r * 0.5), b.main)}${name({ x: x + w * 0.1, y: y + h * (who ? 0.36 : 0.22), w: w * 0.8, h: h * (who ? 0.48 : 0.6) })}`;
      break;
    }
    case 'banner': {
      const tail = Math.min(60, w * 0.12);
      const by = y + h * 0.58;
      const bh = h * 0.3;
      out = `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="10" fill="${b.paper}" stroke="${b.main}" stroke-width="4"/>
      <path d="M${n(x - tail)} ${n(by)} H${n(x + w + tail)} L${n(x + w + tail * 0.6)} ${n(by + bh / 2)} L${n(x + w + tail)} ${n(by + bh)} H${n(x - tail)} L${n(x - tail * 0.6)} ${n(by + bh / 2)} Z" fill="${b.main}"/>
      <rect x="${n(x)}" y="${n(y + h * 0.9)}" width="${n(w)}" height="${n(h * 0.1)}" fill="${b.second}"/>
      ${brandLine(b, who, cx, by + bh * 0.15, w * 0.85, bh * 0.7, b.paper)}${name({ x: x + w * 0.07, y: y + h * 0.06, w: w * 0.86, h: h * 0.48 })}`;
      break;
    }
    case 'circle': {
      const r = Math.min(w, h) / 2;
      const cy = y + h / 2;
      out = `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${b.main}"/><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 0.86)}" fill="${b.paper}"/>
      <circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 0.8)}" fill="none" stroke="${b.second}" stroke-width="${n(Math.max(3, r * 0.04))}"/>
      ${brandLine(b, who, cx, cy - r * 0.62, r * 0.9, r * 0.22, b.main)}${name({ x: cx - r * 0.66, y: cy - r * (who ? 0.36 : 0.5), w: r * 1.32, h: r * (who ? 0.86 : 1) })}`;
      break;
    }
    case 'tab': {
      const c = Math.min(w, h) * 0.16;
      out = `<path d="M${n(x + c)} ${n(y)} H${n(x + w - c)} L${n(x + w)} ${n(y + c)} V${n(y + h - c)} L${n(x + w - c)} ${n(y + h)} H${n(x + c)} L${n(x)} ${n(y + h - c)} V${n(y + c)} Z" fill="${b.paper}" stroke="${b.main}" stroke-width="6"/>
      <rect x="${n(x + c)}" y="${n(y + 10)}" width="${n(w - 2 * c)}" height="${n(h * 0.2)}" fill="${b.main}"/>
      ${[0, 1, 2].map((i) => `<rect x="${n(x + c + i * 18)}" y="${n(y + h - c * 0.9)}" width="10" height="${n(c * 0.5)}" fill="${b.second}"/>`).join('')}
      ${brandLine(b, who, cx, y + 10 + h * 0.02, w - 2 * c - 10, h * 0.16, b.paper)}${name({ x: x + w * 0.08, y: y + h * 0.32, w: w * 0.84, h: h * 0.5 })}`;
      break;
    }
    case 'sticker': {
      // A plain sticker written by hand: no printed brand band.
      out = `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="6" fill="${b.paper}" stroke="#000" stroke-opacity=".18" stroke-width="3"/>
      ${[0.72, 0.86].map((t) => `<path d="M${n(x + w * 0.1)} ${n(y + h * t)} H${n(x + w * 0.9)}" stroke="${b.second}" stroke-width="2" stroke-dasharray="6 6"/>`).join('')}
      ${name({ x: x + w * 0.08, y: y + h * 0.08, w: w * 0.84, h: h * 0.58 })}`;
      break;
    }
    case 'tag': {
      out = `<path d="M${n(x + h * 0.22)} ${n(y)} H${n(x + w)} V${n(y + h)} H${n(x + h * 0.22)} L${n(x)} ${n(y + h / 2)} Z" fill="${b.paper}" stroke="${b.main}" stroke-width="5"/>
      <circle cx="${n(x + h * 0.2)}" cy="${n(y + h / 2)}" r="${n(h * 0.06)}" fill="${b.main}"/>
      <rect x="${n(x + w - 18)}" y="${n(y)}" width="12" height="${n(h)}" fill="${b.second}"/>
      ${brandLine(b, who, x + h * 0.3 + (w - h * 0.3 - 24) / 2, y + h * 0.1, w - h * 0.3 - 34, h * 0.2, b.main)}${name({ x: x + h * 0.32, y: y + h * 0.32, w: w - h * 0.32 - 34, h: h * 0.58 })}`;
      break;
    }
    default: {
      // rounded: a card with a coloured head carrying the brand.
      const head = h * 0.26;
      out = `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="16" fill="${b.paper}" stroke="#000" stroke-opacity=".12" stroke-width="3"/>
      <path d="M${n(x)} ${n(y + head)} V${n(y + 16)} Q${n(x)} ${n(y)} ${n(x + 16)} ${n(y)} H${n(x + w - 16)} Q${n(x + w)} ${n(y)} ${n(x + w)} ${n(y + 16)} V${n(y + head)} Z" fill="${b.main}"/>
      <rect x="${n(x + 14)}" y="${n(y + h - 16)}" width="${n(w - 28)}" height="6" rx="3" fill="${b.second}"/>
      ${brandLine(b, who, cx, y + head * 0.18, w * 0.8, head * 0.64, b.paper)}${name({ x: x + w * 0.07, y: y + head + h * 0.04, w: w * 0.86, h: h - head - h * 0.14 })}`;
    }
  }
  return angle ? `<g transform="rotate(${angle} ${n(cx)} ${n(y + h / 2)})">${out}</g>` : out;
}

/** A GS1-style barcode block (bars only), for pack backs and cartons. */
export function barcode(ctx, x, y, w, h) {
  let bars = '';
  let at = x + 8;
  while (at < x + w - 10) {
    const bw = 2 + Math.floor(ctx.random() * 4);
    bars += `<rect x="${n(at)}" y="${n(y + 6)}" width="${bw}" height="${n(h - 22)}" fill="#111"/>`;
    at += bw + 2 + Math.floor(ctx.random() * 4);
  }
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="#fff"/>${bars}`;
}

