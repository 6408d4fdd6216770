/**
 * Packaging drawn around any contents: stand-up pouch (clear, kraft, foil or
 * printed film), pillow bag, bottle, vacuum pack, carton, gift box, woven
 * sack and can. `inside(x, y, w, h)` draws what the pack holds; labels come
 * from the producer's look (brandLabel).
 */
import { brandLabel } from './brands.mjs';
import { linear, n, shadow } from './helpers.mjs';

const pouchPath = (x, y, w, h) =>
  `M${x} ${y + 30} Q${x} ${y} ${x + 30} ${y} H${x + w - 30} Q${x + w} ${y} ${x + w} ${y + 30} L${x + w + 10} ${y + h - 40} Q${x + w + 12} ${y + h} ${x + w - 30} ${y + h} H${x + 30} Q${x - 12} ${y + h} ${x - 10} ${y + h - 40} Z`;

/**
 * A stand-up pouch. film: clear (contents seen through), kraft or print (a
 * window shows the contents), foil (silver, no window). `label` is the label
 * box relative to the pouch (fractions), `false` for none.
 */
export function standPouch(ctx, inside, { x, y, w, h, film = 'clear', label = { x: 0.12, y: 0.56, w: 0.76, h: 0.32 }, windowBox = { x: 0.14, y: 0.2, w: 0.72, h: 0.34 }, seal = ctx.brand.main, open = false }) {
  const b = ctx.brand;
  const body = ctx.id('pouch');
  const win = ctx.id('win');
  const sheen = ctx.id('sheen');
  const path = pouchPath(x, y, w, h);
  const wx = x + w * windowBox.x;
  const wy = y + h * windowBox.y;
  const ww = w * windowBox.w;
  const wh = h * windowBox.h;
  const fills = { kraft: '#b98a55', foil: '#c9d0d6', print: b.paper };
  let film_ = `<path d="${path}" fill="#fff" fill-opacity=".5"/>`;
  if (film !== 'clear') film_ = `<path d="${path}" fill="${fills[film]}"/><path d="${path}" fill="url(#${sheen})"/>`;
  let print = '';
  if (film === 'print') {
    for (let i = 0; i < 6; i++) print += `<path d="M${x - 20} ${n(y + h * (0.6 + i * 0.09))} Q${n(x + w / 2)} ${n(y + h * (0.52 + i * 0.09))} ${x + w + 20} ${n(y + h * (0.6 + i * 0.09))}" stroke="${i % 2 ? b.second : b.main}" stroke-width="${n(h * 0.03)}" fill="none" opacity=".85"/>`;
  }
  const contents = film === 'clear' ? `<g clip-path="url(#${body})">${inside(x - 10, y + 70, w + 20, h - 70)}</g>` : film === 'foil' ? '' : `<g clip-path="url(#${win})">${inside(wx, wy, ww, wh)}</g><rect x="${n(wx)}" y="${n(wy)}" width="${n(ww)}" height="${n(wh)}" rx="${n(Math.min(ww, wh) * 0.2)}" fill="none" stroke="#000" stroke-opacity=".25" stroke-width="5"/>`;
  const top = open
    ? `<path d="M${x - 4} ${y + 30} L${x + w * 0.2} ${y + 6} L${x + w * 0.45} ${y + 34} L${x + w * 0.7} ${y + 4} L${x + w + 4} ${y + 30}" fill="none" stroke="${seal}" stroke-width="10"/>`
    : `<rect x="${x - 20}" y="${y}" width="${w + 40}" height="64" fill="${seal}"/><rect x="${x - 20}" y="${y + 70}" width="${w + 40}" height="10" fill="${seal}" opacity=".45"/>`;
  return `<defs><clipPath id="${body}"><path d="${path}"/></clipPath>
    <clipPath id="${win}"><rect x="${n(wx)}" y="${n(wy)}" width="${n(ww)}" height="${n(wh)}" rx="${n(Math.min(ww, wh) * 0.2)}"/></clipPath>
    ${linear(sheen, film === 'foil' ? ['#fff8', '#fff0', '#0002', '#fff6', '#0003'] : ['#fff3', '#fff0', '#0000', '#0002'], { x2: 1, y2: 0 })}</defs>
  ${shadow(x + w / 2, y + h + 4, w * 0.62, 26)}
  ${film_}
  <g clip-path="url(#${body})">${print}</g>
  ${contents}
  <path d="${path}" fill="none" stroke="${film === 'kraft' ? '#8a6236' : '#ffffff'}" stroke-width="6" opacity=".9"/>
  <g clip-path="url(#${body})">${top}
  <path d="M${n(x + w * 0.16)} ${y + 60} L${n(x + w * 0.36)} ${y + h - 20}" stroke="#fff" stroke-width="26" opacity="${film === 'clear' ? 0.35 : 0.1}"/></g>
  ${open ? '' : `<circle cx="${n(x + w / 2)}" cy="${y + 32}" r="12" fill="#fff" opacity=".7"/>`}
  ${label && ctx.label ? brandLabel(ctx, { x: x + w * label.x, y: y + h * label.y, w: w * label.w, h: h * label.h }) : ''}`;
}

/** A flat clear plastic bag with crimped heat seals at both ends, lying or standing; `sticker` is a label box in the bag's frame. */
export function pillowBag(ctx, inside, { x, y, w, h, angle = 0, sticker, seal = '#ffffff' }) {
  const clip = ctx.id('bag');
  const body = `M${x} ${y + 40} Q${x - 14} ${y + h / 2} ${x} ${y + h - 40} H${x + w} Q${x + w + 14} ${y + h / 2} ${x + w} ${y + 40} Z`;
  const crimp = (yy) => {
    let d = `M${x} ${yy}`;
    for (let i = 0; i <= 40; i++) d += ` L${n(x + (w * i) / 40)} ${n(yy + (i % 2 ? 8 : -8))}`;
    return `<rect x="${x}" y="${yy - 20}" width="${w}" height="40" fill="${seal}" opacity=".75"/><path d="${d}" stroke="#000" stroke-opacity=".15" stroke-width="3" fill="none"/>`;
  };
  const cx = x + w / 2;
  const cy = y + h / 2;
  return `<g transform="rotate(${angle} ${n(cx)} ${n(cy)})"><defs><clipPath id="${clip}"><path d="${body}"/></clipPath></defs>
  ${shadow(cx, y + h + 14, w * 0.6, 24)}
  <path d="${body}" fill="#f4f8fb" fill-opacity=".45"/>
  <g clip-path="url(#${clip})">${inside(x, y + 40, w, h - 80)}</g>
  <path d="${body}" fill="#fff" fill-opacity=".16" stroke="#fff" stroke-width="6"/>
  <path d="M${n(x + w * 0.12)} ${y + 70} Q${n(x + w * 0.08)} ${n(cy)} ${n(x + w * 0.14)} ${y + h - 70}" stroke="#fff" stroke-width="18" fill="none" opacity=".45"/>
  ${crimp(y + 20)}${crimp(y + h - 20)}
  ${sticker && ctx.label ? brandLabel(ctx, { x: x + sticker.x, y: y + sticker.y, w: sticker.w, h: sticker.h, brandName: sticker.brandName ?? true }) : ''}</g>`;
}

/** A glass bottle with a screw cap, filled with `liquid` to 88 %. */
export function bottle(ctx, { x, y, w, h, liquid, cap = ctx.brand.main, label = true }) {
  const clip = ctx.id('bottle');
  const neck = w * 0.34;
  const shoulder = y + h * 0.34;
  const body = `M${n(x + w / 2 - neck / 2)} ${n(y + h * 0.1)} V${n(y + h * 0.2)} Q${n(x + w / 2 - neck / 2)} ${n(shoulder - 20)} ${n(x + 10)} ${n(shoulder + 30)} Q${x} ${n(shoulder + 50)} ${x} ${n(shoulder + 90)} V${n(y + h - 30)} Q${x} ${y + h} ${x + 30} ${y + h} H${x + w - 30} Q${x + w} ${y + h} ${x + w} ${n(y + h - 30)} V${n(shoulder + 90)} Q${x + w} ${n(shoulder + 50)} ${n(x + w - 10)} ${n(shoulder + 30)} Q${n(x + w / 2 + neck / 2)} ${n(shoulder - 20)} ${n(x + w / 2 + neck / 2)} ${n(y + h * 0.2)} V${n(y + h * 0.1)} Z`;
  return `<defs><clipPath id="${clip}"><path d="${body}"/></clipPath></defs>
  ${shadow(x + w / 2, y + h + 4, w * 0.7, 22)}
  <path d="${body}" fill="#e9f1f0" fill-opacity=".55"/>
  <g clip-path="url(#${clip})"><rect x="${x}" y="${n(y + h * 0.24)}" width="${w}" height="${n(h * 0.78)}" fill="${liquid}"/>
  <rect x="${x}" y="${n(y + h * 0.24)}" width="${w}" height="12" fill="#fff" opacity=".2"/></g>
  <path d="${body}" fill="none" stroke="#fff" stroke-width="6" opacity=".8"/>
  <rect x="${n(x + w * 0.1)}" y="${n(shoulder + 70)}" width="${n(w * 0.08)}" height="${n(h * 0.5)}" rx="8" fill="#fff" opacity=".45"/>
  <rect x="${n(x + w / 2 - neck / 2 - 6)}" y="${y}" width="${n(neck + 12)}" height="${n(h * 0.11)}" rx="8" fill="${cap}"/>
  ${[1, 2, 3, 4].map((i) => `<rect x="${n(x + w / 2 - neck / 2 - 6 + (i * (neck + 12)) / 5)}" y="${y + 6}" width="3" height="${n(h * 0.11 - 12)}" fill="#000" opacity=".15"/>`).join('')}
  ${label && ctx.label ? brandLabel(ctx, { x: x + w * 0.08, y: y + h * 0.52, w: w * 0.84, h: h * 0.3, max: 44 }) : ''}`;
}

/** A vacuum pack: film pulled tight over the contents, with a sealed rim and wrinkles. */
export function vacuumPack(ctx, inside, { x, y, w, h, angle = 0, label }) {
  const clip = ctx.id('vac');
  let wrinkles = '';
  for (let i = 0; i < 7; i++) {
    const wx = x + 40 + ctx.random() * (w - 80);
    const wy = y + 40 + ctx.random() * (h - 80);
    wrinkles += `<path d="M${n(wx)} ${n(wy)} q${n(20 + ctx.random() * 30)} ${n(-10 + ctx.random() * 20)} ${n(50 + ctx.random() * 40)} ${n(-6 + ctx.random() * 12)}" stroke="#fff" stroke-width="5" fill="none" opacity=".55"/>`;
  }
  return `<g transform="rotate(${angle} ${n(x + w / 2)} ${n(y + h / 2)})"><defs><clipPath id="${clip}"><rect x="${x + 26}" y="${y + 26}" width="${w - 52}" height="${h - 52}" rx="30"/></clipPath></defs>
  ${shadow(x + w / 2, y + h + 6, w * 0.55, 26)}
  <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="26" fill="#f4f8fa" opacity=".8" stroke="#fff" stroke-width="6"/>
  <g clip-path="url(#${clip})">${inside(x + 26, y + 26, w - 52, h - 52)}</g>
  <rect x="${x + 26}" y="${y + 26}" width="${w - 52}" height="${h - 52}" rx="30" fill="#fff" opacity=".16"/>
  <rect x="${x + 10}" y="${y + 10}" width="${w - 20}" height="${h - 20}" rx="22" fill="none" stroke="#fff" stroke-width="4" stroke-dasharray="10 8" opacity=".8"/>
  ${wrinkles}
  ${label && ctx.label ? brandLabel(ctx, { x: x + label.x, y: y + label.y, w: label.w, h: label.h, max: label.max ?? 44 }) : ''}</g>`;
}

/** A box in simple 3D: front face at (x, y, w, h), depth `d` going up and right. */
export function box3d(x, y, w, h, d, { front, top, side, stroke = '#000' }) {
  return `<path d="M${n(x)} ${n(y)} l${n(d)} ${n(-d * 0.6)} h${n(w)} l${n(-d)} ${n(d * 0.6)} Z" fill="${top}" stroke="${stroke}" stroke-opacity=".12" stroke-width="3"/>
  <path d="M${n(x + w)} ${n(y)} l${n(d)} ${n(-d * 0.6)} v${n(h)} l${n(-d)} ${n(d * 0.6)} Z" fill="${side}" stroke="${stroke}" stroke-opacity=".12" stroke-width="3"/>
  <rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${front}" stroke="${stroke}" stroke-opacity=".12" stroke-width="3"/>`;
}

/** An open box seen from the front and above: its inside, then `contents`, then the front and right faces over them. */
export function openBox(x, y, w, h, d, { inside, front, side }, contents) {
  return `${shadow(x + w / 2 + d / 3, y + h + 10, w * 0.65, 30)}<path d="M${x} ${y} l${d} ${n(-d * 0.6)} h${w} l${-d} ${n(d * 0.6)} Z" fill="${inside}"/>${contents}
  <rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${front}" stroke="#000" stroke-opacity=".12" stroke-width="3"/>
  <path d="M${x + w} ${y} l${d} ${n(-d * 0.6)} v${h} l${-d} ${n(d * 0.6)} Z" fill="${side}" stroke="#000" stroke-opacity=".12" stroke-width="3"/>`;
}

/** A closed brown carton with tape and the producer's label on its front. */
export function carton(ctx, { x, y, w, h, d = 120, label = true, text = ctx.label }) {
  return `${shadow(x + w / 2 + d / 2, y + h + 6, w * 0.7, 22)}${box3d(x, y, w, h, d, { front: '#c8955a', top: '#dcae74', side: '#a97942' })}
  <path d="M${n(x + w / 2)} ${n(y)} l${n(d)} ${n(-d * 0.6)}" stroke="#e9d7b0" stroke-width="40" opacity=".8"/>
  <rect x="${n(x + w / 2 - 20)}" y="${n(y)}" width="40" height="${n(h * 0.25)}" fill="#e9d7b0" opacity=".8"/>
  ${label && text ? brandLabel(ctx, { x: x + w * 0.12, y: y + h * 0.32, w: w * 0.76, h: h * 0.5, text, max: 46 }) : ''}`;
}

/** A woven plastic sack (rice), tied or sewn at the top, with a clear window. */
export function wovenSack(ctx, inside, { x, y, w, h, tint = '#f1ead6', label = { x: 0.14, y: 0.12, w: 0.72, h: 0.34 }, windowBox = { x: 0.22, y: 0.56, w: 0.56, h: 0.26 } }) {
  const clip = ctx.id('sack');
  const win = ctx.id('swin');
  const body = `M${x + 30} ${y + 40} Q${x + w / 2} ${y + 70} ${x + w - 30} ${y + 40} L${x + w + 20} ${y + h - 40} Q${x + w + 20} ${y + h} ${x + w - 30} ${y + h} H${x + 30} Q${x - 20} ${y + h} ${x - 20} ${y + h - 40} Z`;
  let weave = '';
  for (let yy = y + 40; yy < y + h; yy += 16) weave += `<path d="M${x - 30} ${yy} H${x + w + 30}" stroke="#000" stroke-opacity=".05" stroke-width="5"/>`;
  for (let xx = x - 20; xx < x + w + 20; xx += 16) weave += `<path d="M${xx} ${y} V${y + h}" stroke="#fff" stroke-opacity=".14" stroke-width="4"/>`;
  const wx = x + w * windowBox.x;
  const wy = y + h * windowBox.y;
  return `<defs><clipPath id="${clip}"><path d="${body}"/></clipPath><clipPath id="${win}"><rect x="${n(wx)}" y="${n(wy)}" width="${n(w * windowBox.w)}" height="${n(h * windowBox.h)}" rx="20"/></clipPath></defs>
  ${shadow(x + w / 2, y + h + 6, w * 0.65, 30)}
  <path d="${body}" fill="${tint}"/><g clip-path="url(#${clip})">${weave}<rect x="${x - 30}" y="${y + 30}" width="${w + 60}" height="40" fill="${ctx.brand.main}"/><rect x="${x - 30}" y="${y + h - 60}" width="${w + 60}" height="24" fill="${ctx.brand.main}" opacity=".85"/></g>
  <path d="M${x + 20} ${y + 44} Q${x + w / 2} ${y + 74} ${x + w - 20} ${y + 44}" stroke="#9a8a66" stroke-width="6" stroke-dasharray="14 8" fill="none"/>
  <g clip-path="url(#${win})">${inside(wx, wy, w * windowBox.w, h * windowBox.h)}</g>
  <rect x="${n(wx)}" y="${n(wy)}" width="${n(w * windowBox.w)}" height="${n(h * windowBox.h)}" rx="20" fill="#fff" fill-opacity=".15" stroke="#fff" stroke-width="6"/>
  ${ctx.label ? brandLabel(ctx, { x: x + w * label.x, y: y + h * label.y, w: w * label.w, h: h * label.h }) : ''}`;
}

/** A tin can standing upright, with a wrap-around paper label. */
export function can(ctx, { x, y, w, h, open = false, inside = () => '', band = ctx.brand.main }) {
  const metal = ctx.id('metal');
  return `<defs><linearGradient id="${metal}" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="#9aa3aa"/><stop offset=".3" stop-color="#e9edf0"/><stop offset=".7" stop-color="#c4cbd0"/><stop offset="1" stop-color="#8d969d"/></linearGradient></defs>
  ${shadow(x + w / 2, y + h, w * 0.62, 26)}
  <rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#${metal})"/>
  <ellipse cx="${x + w / 2}" cy="${y + h}" rx="${w / 2}" ry="${n(w * 0.08)}" fill="#8d969d"/>
  <rect x="${x}" y="${n(y + h * 0.13)}" width="${w}" height="${n(h * 0.74)}" fill="${band}"/>
  <rect x="${x}" y="${n(y + h * 0.13)}" width="${w}" height="14" fill="${ctx.brand.second}"/><rect x="${x}" y="${n(y + h * 0.87 - 14)}" width="${w}" height="14" fill="${ctx.brand.second}"/>
  ${[0, 1, 2].map((i) => `<rect x="${x}" y="${n(y + 16 + i * 12)}" width="${w}" height="4" fill="#000" opacity=".1"/>`).join('')}
  <rect x="${x + 18}" y="${n(y + h * 0.1)}" width="22" height="${n(h * 0.8)}" fill="#fff" opacity=".22"/>
  ${open ? `<ellipse cx="${x + w / 2}" cy="${y}" rx="${w / 2}" ry="${n(w * 0.16)}" fill="#b8c0c6"/><ellipse cx="${x + w / 2}" cy="${y + 4}" rx="${w / 2 - 14}" ry="${n(w * 0.16 - 10)}" fill="#e8cf72"/>${inside(x + w / 2, y + 4, w / 2 - 14)}`
    : `<ellipse cx="${x + w / 2}" cy="${y}" rx="${w / 2}" ry="${n(w * 0.08)}" fill="#d3d9dd" stroke="#9aa3aa" stroke-width="6"/><ellipse cx="${x + w / 2}" cy="${y}" rx="${w / 2 - 24}" ry="${n(w * 0.08 - 8)}" fill="none" stroke="#aab2b8" stroke-width="4"/>`}`;
}
