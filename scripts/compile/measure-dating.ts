// Dating frames: "The U.S. tariffs took effect on March 4", "imposed duties on March 4", "with the higher tariff set to
// go into effect on August 1" name no goods of their own but date the same imposer's measures named before them.
import type { MeasureMention } from './measures.ts';

export const DATE_ROLE_RANK: Record<string, number> = { effective: 3, event: 2, announced: 1 };

/**
 * "The U.S. tariffs took effect on March 4", "imposed duties on March 4", "with the higher tariff set to go into effect
 * on August 1": a frame with a date but no products or rate dates the same imposer's measures named before it in its
 * article (since its previous such frame) that carry no date, or a weaker one. Returns the dated copies and the links.
 */
export function transferDates(mentions: readonly MeasureMention[]): {
  mentions: MeasureMention[];
  dated: Map<string, string[]>;
} {
  const out = mentions.map((m) => ({ ...m }));
  const dated = new Map<string, string[]>();
  const byArticle = new Map<string, MeasureMention[]>();
  for (const m of out) {
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  for (const list of byArticle.values()) {
    // Mentions come in sentence order: a carrier reaches back from the first mention of 4 sentences before (a scan
    // from the article's first mention was quadratic in an article of thousands of mentions).
    const ordered = list.every((m, k) => k === 0 || list[k - 1]!.sentenceIndex <= m.sentenceIndex);
    let reach = 0;
    // A measure the text dates itself closes the stretch a later dating frame can reach back into.
    const lastDated = new Map<string, number>();
    list.forEach((carrier, i) => {
      const isCarrier =
        carrier.products.length === 0 &&
        carrier.ratePct === null &&
        carrier.role === 'asserted' &&
        carrier.action === 'impose' &&
        !!carrier.date &&
        !!carrier.imposer;
      if (!isCarrier) {
        if (carrier.date && carrier.products.length > 0 && carrier.imposer) lastDated.set(carrier.imposer, i);
        return;
      }
      const since = lastDated.get(carrier.imposer!) ?? -1;
      const receivers: string[] = [];
      if (ordered) while (reach < i && list[reach]!.sentenceIndex < carrier.sentenceIndex - 4) reach += 1;
      for (let k = ordered ? reach : 0; k < i; k += 1) {
        const m = list[k]!;
        if (k <= since && m.sentenceIndex !== carrier.sentenceIndex) continue;
        if (m.sentenceIndex < carrier.sentenceIndex - 4) continue;
        if (m.imposer !== carrier.imposer || m.action !== 'impose' || m.products.length === 0 || m.role === 'reference')
          continue;
        if (carrier.target && m.target !== carrier.target) continue;
        const stronger =
          !m.date ||
          (DATE_ROLE_RANK[carrier.dateRole ?? 'event']! > DATE_ROLE_RANK[m.dateRole ?? 'event']! &&
            m.sentenceIndex >= carrier.sentenceIndex - 1) ||
          m.dateRole === 'announced' ||
          m.planned;
        if (!stronger) continue;
        m.date = carrier.date;
        m.dateRole = carrier.dateRole;
        m.planned = false;
        receivers.push(m.key);
      }
      if (receivers.length > 0) {
        dated.set(carrier.key, receivers);
        lastDated.set(carrier.imposer!, i);
      }
    });
  }
  return { mentions: out, dated };
}
