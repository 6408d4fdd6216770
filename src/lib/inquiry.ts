/**
 * Inquiry links: a `mailto:` with subject and body, and a `wa.me` link with text,
 * prefilled in the page's language. No form backend: the buyer's own mail app or
 * WhatsApp sends the message.
 */

export interface InquiryText {
  subject: string;
  body: string;
}

/** `mailto:` with RFC 6068 encoding (spaces as %20, line breaks as %0D%0A). */
export function mailtoLink(email: string, text: InquiryText): string {
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  return `mailto:${email}?subject=${encode(text.subject)}&body=${encode(text.body)}`;
}

/** `https://wa.me/<digits>?text=…` from an E.164 number such as `+628123456789`. */
export function whatsappLink(e164: string, message: string): string {
  const digits = e164.replace(/\D/g, '');
  return `https://wa.me/${digits}?text=${encodeURIComponent(message)}`;
}
