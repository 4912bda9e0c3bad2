/**
 * The one message map between content script, background and extension pages. If a message is
 * not in `ProtocolMap`, it does not exist. Shape after @webext-core/messaging's ProtocolMap.
 */
import type { ExtractResult } from '../core/types.ts';
import { browser, type Runtime } from './platform.ts';

/** What detection says about a page, with reasons the UI can show. */
export interface ArticleVerdict {
  isArticle: boolean;
  reasons: { code: string; text: string }[];
}

export interface PageStatus {
  url: string;
  verdict: ArticleVerdict;
}

export interface ProtocolMap {
  /** content → background: the page was checked; the background sets the badge. */
  'page:status'(data: PageStatus): void;
  /** extension page → content: extract the article of this tab. */
  'article:extract'(data: { force?: boolean }): ExtractResult & { verdict: ArticleVerdict };
  /** extension page/background → content: switch the page itself to the reader view and back. */
  'reader:toggle'(data: { on?: boolean }): { active: boolean };
  /** extension page → background: open the full-tab reader for a result already extracted. */
  'reader:open-tab'(data: { sourceTabId: number; result: ExtractResult }): void;
  /**
   * extension page → background: run a keyboard command for a tab, through the same handler the
   * shortcut uses (the popup's "Reader mode on page" goes this way, with its injection fallback).
   */
  'reader:command'(data: { command: string; tabId: number }): boolean;
  /** full-tab reader → background: the result stored for a reader tab. */
  'reader:get-stored'(data: { key: string }): ExtractResult | null;
}

export type MessageName = keyof ProtocolMap;
export type MessageData<K extends MessageName> = Parameters<ProtocolMap[K]>[0];
export type MessageReturn<K extends MessageName> = ReturnType<ProtocolMap[K]>;

interface Envelope<K extends MessageName = MessageName> {
  declutter: K;
  data: MessageData<K>;
}

function envelope<K extends MessageName>(name: K, data: MessageData<K>): Envelope<K> {
  return { declutter: name, data };
}

/** To the background (or any extension page listening). */
export async function sendMessage<K extends MessageName>(
  name: K,
  data: MessageData<K>,
): Promise<MessageReturn<K>> {
  return (await browser.runtime.sendMessage(envelope(name, data))) as MessageReturn<K>;
}

/** To the content script of one tab (top frame only). */
export async function sendToTab<K extends MessageName>(
  tabId: number,
  name: K,
  data: MessageData<K>,
): Promise<MessageReturn<K>> {
  return (await browser.tabs.sendMessage(tabId, envelope(name, data), {
    frameId: 0,
  })) as MessageReturn<K>;
}

export type Handlers = {
  [K in MessageName]?: (
    data: MessageData<K>,
    sender: Runtime.MessageSender,
  ) => MessageReturn<K> | Promise<MessageReturn<K>>;
};

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && 'declutter' in message;
}

/**
 * Registers one handler module for a context. `accept` vets the sender before any handler runs;
 * unknown names and rejected senders get no answer.
 */
export function onMessages(
  handlers: Handlers,
  accept: (name: MessageName, sender: Runtime.MessageSender) => boolean = () => true,
  signal?: AbortSignal,
): void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.declutter] as
      ((data: unknown, sender: Runtime.MessageSender) => unknown) | undefined;
    if (!handler || !accept(message.declutter, sender)) return undefined;
    return Promise.resolve(handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
