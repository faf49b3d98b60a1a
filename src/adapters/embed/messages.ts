// The height message in each format a newsroom host may listen for. Each one is
// the sending side of a published protocol, so hosts need no code from us.

/** pym.js 1.3.2 joins ['pym', id, type, message] with this (see its _makeMessage). */
const PYM_DELIMITER = 'xPYMx';

/** Our own message, for hosts without pym.js. */
const HEIGHT_MESSAGE_TYPE = 'contacts-dashboard:height';

/** Fallback id when the host gave none (no pym.js `childId` in our URL). */
const DEFAULT_EMBED_ID = 'contacts-dashboard';

interface PlainHeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

/** The string pym.Parent's regex `^pym xPYMx <id> xPYMx (\S+) xPYMx (.*)$` accepts. */
function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join(PYM_DELIMITER);
}

/**
 * Every message to post for one height. The pym.js one is sent only when a
 * pym.Parent framed us (it put `childId` in the URL): without an id it would
 * match no parent anyway.
 */
export function heightMessages(height: number, childId: string | null): unknown[] {
  const plain: PlainHeightMessage = { type: HEIGHT_MESSAGE_TYPE, height };
  const messages: unknown[] = [
    plain,
    { 'datawrapper-height': { [childId ?? DEFAULT_EMBED_ID]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  if (childId) messages.unshift(pymHeightMessage(childId, height));
  return messages;
}
