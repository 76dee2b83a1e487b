// Measure frames in news-wire prose. Every sentence here is MADE UP (a red-team probe written in the style of a
// Reuters/CBC report), not quoted from the corpus: each test says so in its name.
import { describe, expect, it } from 'vitest';
import type { Article, Measure } from '../../src/lib/dataset.ts';
import { extractFacts } from './extract.ts';
import { articleFromText } from './seed-articles.test-helper.ts';

function article(text: string, published: string): Article {
  return articleFromText('probe.txt', text, {
    published: { value: published, precision: 'day', source: 'front-matter' } as Article['published'],
  });
}

function summary(m: Measure): string {
  return `${m.imposer}->${m.target} ${m.products.join('/')} ${m.ratePct ?? '-'}% ${m.action}${m.status ? ` ${m.status}` : ''} ${m.date?.value ?? '-'}`;
}

function measuresOf(text: string, published: string): string[] {
  return extractFacts([article(text, published)])
    .measures.map(summary)
    .sort();
}

describe('the governing verb in news prose', () => {
  it('made-up probe: "agreed to pause his threatened 25% tariffs … to beef up border enforcement" is a pause of all goods, no beef', () => {
    const text =
      'U.S. President Donald Trump on Monday agreed to pause his threatened 25% tariffs on Canadian goods for 30 days after Trudeau promised to beef up border enforcement.';
    expect(measuresOf(text, '2025-02-03')).toEqual(['US->CA all goods 25% remove 2025-02-03']);
  });
});

describe('threats and future frames are planned', () => {
  it('made-up probe: "threatened on Monday to impose" keeps the threat though words intervene', () => {
    expect(
      measuresOf('Trump threatened on Monday to impose a 25% tariff on Canadian goods from Feb. 1.', '2025-01-21'),
    ).toEqual(['US->CA all goods 25% impose planned 2025-02-01']);
  });

  it('made-up probe: "has said he will impose … on all trading partners" is no tariff on Canada; the threat in the next clause takes no date of the first', () => {
    const text =
      'Trump has said he will impose "reciprocal" tariffs on all trading partners starting April 2, and separately threatened tariffs of 250% on Canadian dairy and lumber.';
    expect(measuresOf(text, '2025-03-07')).toEqual(['US->CA dairy/lumber 250% impose planned -']);
  });
});

describe('measures still to come', () => {
  it('made-up probe: a planned cut "to about 15% by March 1" takes effect by that day and is planned', () => {
    const text =
      'China agreed to cut duties on Canadian canola seed. Beijing would lower its combined tariff on canola seed to about 15% by March 1, down from roughly 85% now.';
    expect(measuresOf(text, '2026-01-16')).toEqual(['CN->CA canola seed 15% reduce planned 2026-03-01']);
  });

  it('made-up probe: "China will impose … from Thursday" is dated after the report, so planned', () => {
    expect(measuresOf('China will impose a 100% tariff on Canadian canola oil from Thursday.', '2026-01-16')).toEqual([
      'CN->CA canola oil 100% impose planned 2026-01-22',
    ]);
  });

  it('made-up probe: a cut by a lone actor names no target: reported, not aimed at every origin', () => {
    const facts = extractFacts([
      article('Beijing would lower its combined tariff on canola seed to about 15% by March 1.', '2026-01-16'),
    ]);
    expect(facts.measures).toEqual([]);
    expect(facts.warnings.some((w) => /canola seed whose target the text does not make clear/.test(w.message))).toBe(
      true,
    );
  });
});

describe('who imposes when the sentence does not say it in its subject', () => {
  it('made-up probe: a relative clause\'s verb does not govern: "exempted goods that comply with the USMCA from the 25% tariffs" is a removal', () => {
    const text =
      'Trump imposed 25% tariffs on Canada and Mexico on March 4. On Thursday, Trump exempted goods that comply with the USMCA from the 25% tariffs on Canada and Mexico.';
    expect(measuresOf(text, '2025-03-07')).toEqual([
      'US->CA USMCA/CUSMA-compliant goods 25% remove 2025-03-06',
      'US->CA all goods 25% impose 2025-03-04',
      'US->MX USMCA/CUSMA-compliant goods 25% remove 2025-03-06',
      'US->MX all goods 25% impose 2025-03-04',
    ]);
  });

  it('made-up probe: an agentless passive is the speaking government\'s, and goods that "will face" a duty are its object', () => {
    const text =
      "A 100% tariff will be placed on Canadian canola oil, oil cakes and peas, while pork and aquatic products will face a 25% duty, China's commerce ministry said.";
    expect(measuresOf(text, '2025-03-08')).toEqual([
      'CN->CA canola oil/oil cakes/peas 100% impose planned -',
      'CN->CA pork/seafood 25% impose planned -',
    ]);
  });

  it('made-up probe: a person speaking is no imposer of an agentless measure; "will be lifted" is a removal', () => {
    expect(
      measuresOf("Tariffs on Canadian peas will be lifted from Aug. 1, China's commerce ministry said.", '2025-07-20'),
    ).toEqual(['CN->CA peas -% remove planned 2025-08-01']);
    const facts = extractFacts([
      article(
        'China imposed duties on canola oil. Chinese EVs will face a 6.1 per cent tariff, Carney said.',
        '2026-01-16',
      ),
    ]);
    expect(facts.measures.map(summary).filter((m) => m.includes('electric vehicles'))).toEqual([]);
  });

  it('made-up probe: "Canadian steel has faced a 25% U.S. tariff since March" is the U.S. tariff on Canadian steel', () => {
    expect(measuresOf('Canadian steel has faced a 25% U.S. tariff since March.', '2025-06-04')).toEqual([
      'US->CA steel 25% impose 2025-03',
    ]);
  });
});

describe('objects as news prose writes them', () => {
  it('made-up probe: two coordinated frames keep both conjuncts ("a 25 per cent tariff on most Canadian imports and a 10 per cent levy on Canadian energy")', () => {
    const text =
      'The U.S. is now charging a 25 per cent tariff on most Canadian imports and a 10 per cent levy on Canadian energy, including oil and electricity.';
    // "is now charging": in force on the report's day.
    expect(measuresOf(text, '2025-03-04')).toEqual([
      'US->CA all goods 25% impose 2025-03-04',
      'US->CA energy 10% impose 2025-03-04',
    ]);
  });

  it('made-up probe: an approximator before an amount ("on about $30 billion worth of American goods") keeps the goods', () => {
    expect(
      measuresOf(
        'Canada imposed 25 per cent counter-tariffs on about $30 billion worth of American goods in March.',
        '2025-06-04',
      ),
    ).toEqual(['CA->US all goods 25% impose 2025-03']);
  });

  it('made-up probe: "goods worth C$30 billion" is all goods, not "goods worth c$"', () => {
    expect(measuresOf('China imposed 10% levies on U.S. goods worth C$30 billion in March.', '2025-06-04')).toEqual([
      'CN->US all goods 10% impose 2025-03',
    ]);
  });

  it('made-up probe: "hit Canada with a 35% tariff" aims the tariff at Canada; "slapped Chinese steel with duties" at its steel', () => {
    expect(measuresOf('Trump said he will hit Canada with a 35% tariff from Aug. 1.', '2025-07-20')).toEqual([
      'US->CA all goods 35% impose planned 2025-08-01',
    ]);
    expect(measuresOf('Washington slapped Chinese steel with new 25% duties in March.', '2025-07-20')).toEqual([
      'US->CN steel 25% impose 2025-03',
    ]);
  });

  it('made-up probe: a rated "deposit" is a provisional anti-dumping measure; a deposit without rate or dumping context is none', () => {
    const facts = extractFacts([
      article(
        'China will impose a 75.8 per cent deposit on imports of Canadian canola seed from Thursday.',
        '2025-08-12',
      ),
    ]);
    expect(facts.measures.map(summary)).toEqual(['CN->CA canola seed 75.8% impose planned 2025-08-14']);
    expect(facts.measures[0]!.kind).toBe('anti-dumping duty');
    expect(measuresOf('Importers must pay a deposit on canola seed, the ministry said.', '2025-08-12')).toEqual([]);
  });
});

describe("a second rate after the first frame's goods", () => {
  it('made-up probe: "a 25% levy on most Canadian imports and 10% on Canadian energy products" gives energy only the 10%', () => {
    const text =
      'Trump signed an order on Saturday. The tariffs, announced on Saturday under the International Emergency Economic Powers Act, would have imposed a 25% levy on most Canadian imports and 10% on Canadian energy products from Tuesday.';
    expect(measuresOf(text, '2025-02-03')).toEqual([
      'US->CA all goods 25% impose planned 2025-02-04',
      'US->CA energy 10% impose planned 2025-02-04',
    ]);
  });
});

describe('a plan and a measure in force across reports', () => {
  it('made-up probe: "would impose … effective immediately" is in force on the publication day', () => {
    const text =
      'In response, Prime Minister Justin Trudeau announced Canada would impose 25 per cent tariffs on $30 billion worth of U.S. goods, effective immediately, with tariffs on a further $125 billion to follow in 21 days.';
    expect(measuresOf(text, '2025-03-04')).toEqual(['CA->US all goods 25% impose 2025-03-04']);
  });

  it('made-up probes: an undated plan in one report does not take the date of the measure in force told by another', () => {
    const plan = articleFromText('plan.txt', 'Canada had said it would respond with 25% tariffs on U.S. goods.', {
      published: { value: '2025-02-03', precision: 'day', source: 'front-matter' } as Article['published'],
    });
    const done = articleFromText('done.txt', 'Canada imposed 25% tariffs on U.S. goods on March 4.', {
      published: { value: '2025-03-05', precision: 'day', source: 'front-matter' } as Article['published'],
    });
    expect(extractFacts([plan, done]).measures.map(summary).sort()).toEqual([
      'CA->US all goods 25% impose 2025-03-04',
      'CA->US all goods 25% impose planned -',
    ]);
  });
});

describe('origins', () => {
  it('made-up probe: "tariffs on imported steel and aluminum" are on every origin; "imported steel from China" on China', () => {
    expect(
      measuresOf(
        'OTTAWA — The United States doubled its tariffs on imported steel and aluminum to 50 per cent on Wednesday, a move that hits Canada hardest.',
        '2025-06-04',
      ),
    ).toEqual(['US->XX steel/aluminum 50% impose 2025-06-04']);
    expect(measuresOf('Canada imposed 25% tariffs on imported steel from China.', '2025-06-04')).toEqual([
      'CA->CN steel 25% impose -',
    ]);
  });
});

describe('a date told in the next sentence', () => {
  it('made-up probes: "the measures will take effect on March 20" / "The higher rate took effect on Friday" date the measure just named', () => {
    expect(
      measuresOf(
        'China will impose a 25% tariff on Canadian pork. The ministry said the measures will take effect on March 20.',
        '2025-03-08',
      ),
    ).toEqual(['CN->CA pork 25% impose planned 2025-03-20']);
    expect(
      measuresOf(
        'Trump raised the tariff on Canadian goods to 35%. The higher rate took effect on Friday.',
        '2025-08-02',
      ),
    ).toEqual(['US->CA all goods 35% impose 2025-08-01']);
  });
});

describe('a sentence that only says when the measure before it took effect', () => {
  it('made-up probe: "The higher rate took effect at 12:01 a.m. New York time on Friday" dates the raise named just before, past a clock time', () => {
    const text =
      'President Donald Trump raised tariffs on Canadian imports not covered by the USMCA trade agreement to 35% from 25%, after negotiations failed. The higher rate took effect at 12:01 a.m. New York time on Friday, according to an executive order.';
    expect(measuresOf(text, '2025-08-01')).toEqual(['US->CA all goods 35% impose 2025-08-01']);
  });
});

describe('removals worded as what goods no longer face', () => {
  it('made-up probe: "will no longer be subject to Chinese tariffs from March" is a planned removal, every good named', () => {
    const text =
      'Canadian canola meal, lobsters, crabs and peas will no longer be subject to Chinese tariffs from March, officials said.';
    expect(measuresOf(text, '2026-01-16')).toEqual(['CN->CA canola meal/lobster/crab/peas -% remove planned 2026-03']);
  });

  it('made-up probe: "no longer faces the 25 per cent tariff" is a removal, not a measure denied', () => {
    expect(measuresOf('Canadian pork no longer faces the 25 per cent Chinese tariff.', '2026-03-02')).toEqual([
      'CN->CA pork 25% remove -',
    ]);
  });
});

describe('goods named the way news reports name them', () => {
  it('made-up probe: "electric cars" are electric vehicles, "crabs" a seafood of the lexicon', () => {
    expect(measuresOf('Ottawa imposed a 100% levy on Chinese electric cars in 2024.', '2025-03-10')).toEqual([
      'CA->CN electric vehicles 100% impose 2024',
    ]);
    expect(measuresOf('China slapped a 25% tariff on Canadian crabs in March 2025.', '2025-06-01')).toEqual([
      'CN->CA crab 25% impose 2025-03',
    ]);
  });
});

describe('"hit … with" a tariff, the goods a list', () => {
  it('made-up probe: "said it would hit imported canola oil, peas, and pork from Canada with a 100 per cent tariff"', () => {
    const text =
      "China's commerce ministry said it would hit imported canola oil, peas, and pork from Canada with a 100 per cent tariff.";
    expect(measuresOf(text, '2025-03-08')).toEqual(['CN->CA canola oil/peas/pork 100% impose planned -']);
  });

  it('made-up probe: "Beijing slapped Canadian canola oil, peas and pork with tariffs of up to 100 per cent in March"', () => {
    const text = 'Beijing slapped Canadian canola oil, peas and pork with tariffs of up to 100 per cent in March.';
    expect(measuresOf(text, '2025-06-08')).toEqual(['CN->CA canola oil/peas/pork 100% impose 2025-03']);
  });

  it('made-up probe: a list that names no goods and several countries is no measure ("hit Canada, Mexico and China with tariffs")', () => {
    expect(measuresOf('Trump hit Canada, Mexico and China with tariffs in March.', '2025-06-08')).toEqual([]);
  });
});

describe('a definite measure is the one named before on the same goods', () => {
  it('made-up probe: "The surtax on Chinese steel … will start Oct. 15" is Canada\'s, though a U.S. tariff was named last', () => {
    const text = [
      'Ottawa announced on Monday a 25% surtax on imported Chinese steel and aluminum.',
      'Washington in May announced new tariffs on Chinese electric vehicles.',
      'The surtax on Chinese steel and aluminum will start Oct. 15.',
    ].join(' ');
    const found = measuresOf(text, '2024-08-26');
    expect(found).toContain('CA->CN steel/aluminum -% impose planned 2024-10-15');
    expect(found.filter((m) => m.startsWith('US->CN steel'))).toEqual([]);
  });
});

describe('goods named again by a generic noun', () => {
  it('made-up probe: "levies on the crop" names no product of its own (not a product called "crop")', () => {
    const text =
      'Beijing answered with 100 per cent duties on Canadian rapeseed oil and meal, and later with levies on the crop.';
    expect(measuresOf(text, '2025-09-01')).toEqual(['CN->CA canola oil/canola meal 100% impose -']);
  });

  it('made-up probe: "duties on the product would be dropped to 15 per cent" is not a tariff on all goods', () => {
    const text =
      'Ottawa agreed to cut its duties on Chinese electric vehicles. Officials said duties on the product would be dropped to 15 per cent by March 1.';
    expect(measuresOf(text, '2026-01-20').filter((m) => m.includes('all goods'))).toEqual([]);
  });
});

describe('objects opened by a quantity', () => {
  it('made-up probe: "on nearly all Chinese-made electric vehicles" and "on an array of seafood items from Canada"', () => {
    expect(
      measuresOf(
        'Ottawa will impose a 100 per cent surtax on nearly all Chinese-made electric vehicles.',
        '2024-08-26',
      ),
    ).toEqual(['CA->CN electric vehicles 100% impose planned -']);
    expect(
      measuresOf(
        'Beijing said it is imposing 25 percent tariffs on an array of seafood items from Canada.',
        '2025-03-08',
      ),
    ).toEqual(['CN->CA seafood 25% impose -']);
  });
});

describe('the clause a date belongs to, and "apply … to"', () => {
  it('made-up probe: a date in an "after …" clause dates that clause\'s act, not the suspension', () => {
    const text =
      'Beijing has announced it will suspend some tariffs on Canadian farm goods after the two leaders struck a deal in January.';
    expect(measuresOf(text, '2026-02-27')).toEqual(['CN->CA farm goods -% remove planned -']);
  });

  it('made-up probe: "will apply a 100% tariff to Canadian canola oil and peas" names the goods after "to"', () => {
    expect(measuresOf('Beijing will apply a 100% tariff to Canadian canola oil and peas.', '2025-03-08')).toEqual([
      'CN->CA canola oil/peas 100% impose planned -',
    ]);
  });
});

describe('two verbs, two frames', () => {
  it('made-up probe: "will lower its tariffs on canola seed to 15% and drop duties on peas by March 1" gives the 15% to the seed only', () => {
    const text =
      'Beijing will lower its tariffs on Canadian canola seed to about 15% and drop duties on Canadian peas by March 1.';
    const found = measuresOf(text, '2026-01-17');
    expect(found).toContain('CN->CA peas -% remove planned 2026-03-01');
    expect(found.filter((m) => m.startsWith('CN->CA peas 15%'))).toEqual([]);
  });
});
