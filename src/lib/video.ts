/**
 * Addresses for an allowlisted video: the privacy-mode player to embed
 * (youtube-nocookie.com, Vimeo with do-not-track) and the public page.
 */
import type { VideoProvider } from './mdx-allowlist';

export interface VideoUrls {
  embed: string;
  watch: string;
  /** The host the player loads from, to tell readers before they press play. */
  host: string;
}

export function videoUrls(provider: VideoProvider, id: string): VideoUrls {
  const safeId = encodeURIComponent(id);
  if (provider === 'youtube') {
    return { embed: `https://www.youtube-nocookie.com/embed/${safeId}`, watch: `https://www.youtube.com/watch?v=${safeId}`, host: 'www.youtube-nocookie.com' };
  }
  return { embed: `https://player.vimeo.com/video/${safeId}?dnt=1`, watch: `https://vimeo.com/${safeId}`, host: 'player.vimeo.com' };
}

/** Origins a page's Content-Security-Policy must allow as frame sources for videos. */
export const videoFrameOrigins = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;
