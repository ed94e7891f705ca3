// Orama's own English tokenizer and index, with two changes that make building a large index about
// twice as fast (bench/kb.bench.ts) and change no result:
// - each distinct word is normalised (stop words, stemming, diacritics) once: Orama skips its cache
//   while inserting, so it stemmed every occurrence of every word again;
// - each document's term-frequency table starts as a dictionary object. Orama starts it as `{}` and
//   adds the document's words as properties, so V8 builds a new hidden class for every word order
//   it meets: most of the insert time at 10k articles;
// - looking a word up copies its documents in linear time. Orama's radix tree copies them with an
//   `includes` check per document, quadratic in how many articles hold the word: a query with a few
//   common words took 150 ms at 10k articles.
import { components, type Tokenizer } from '@orama/orama';
import { stopwords as englishStopwords } from '@orama/stopwords/english';

/** Orama's word splitter for English (components/tokenizer/languages.ts). */
const ENGLISH_SPLIT = /[^A-Za-zàèéìòóù0-9_'-]+/gim;

export function englishTokenizer(): Tokenizer {
  const base = components.tokenizer.createTokenizer({ stemming: true, language: 'english', stopWords: englishStopwords });
  const normalised = new Map<string, string>();
  const normalise = (word: string): string => {
    let n = normalised.get(word);
    if (n === undefined) {
      n = base.normalizeToken.call(base, '', word, false);
      normalised.set(word, n);
    }
    return n;
  };
  return {
    ...base,
    tokenize(input: string, language?: string, prop?: string): string[] {
      if (language && language !== base.language) return base.tokenize(input, language, prop); // Orama's error
      const out = new Set<string>();
      for (const word of input.toLowerCase().split(ENGLISH_SPLIT)) {
        const n = normalise(word);
        if (n) out.add(n);
      }
      return [...out];
    },
  };
}

type DefaultIndex = ReturnType<typeof components.index.createIndex>;

export function fastIndex(): DefaultIndex {
  const index = components.index.createIndex();
  const insertDocumentScoreParameters: DefaultIndex['insertDocumentScoreParameters'] = (store, prop, id, tokens, docsCount) => {
    index.insertDocumentScoreParameters.call(index, store, prop, id, tokens, docsCount);
    const internalId = components.internalDocumentIDStore.getInternalDocumentId(store.sharedInternalDocumentStore, id);
    store.frequencies[prop]![internalId] = Object.create(null) as Record<string, number>; // dictionary from the start
  };
  const create: DefaultIndex['create'] = (orama, idStore, schema) => {
    const store = index.create(orama, idStore, schema);
    for (const tree of Object.values(store.indexes)) if (tree.type === 'Radix') linearFind(tree.node as unknown as RadixNode);
    return store;
  };
  return { ...index, create, insertDocumentScoreParameters };
}

/** The fields of Orama's RadixNode (trees/radix.ts) that a lookup reads. */
interface RadixNode {
  s: string; // edge label
  c: Map<string, RadixNode>;
  d: Set<number>;
  e: boolean; // a word ends here
  w: string;
  find(params: FindParams): Record<string, number[]>;
}
interface FindParams { term: string; exact?: boolean; tolerance?: number }

/** Gives a radix tree's root Orama's `find` (same words, same documents, same order) without the
 *  quadratic copy. Fuzzy lookups (tolerance) stay Orama's: Switchboard does not use them. */
function linearFind(root: RadixNode): void {
  const orama = root.find.bind(root);
  root.find = (params) => {
    const { term, exact, tolerance } = params;
    if (tolerance && !exact) return orama(params);
    let node = root;
    let i = 0;
    while (i < term.length) {
      const child = node.c.get(term[i]!);
      if (!child) return {};
      let j = 0;
      while (j < child.s.length && i + j < term.length && child.s[j] === term[i + j]) j++;
      if (j === child.s.length) {
        node = child;
        i += j;
      } else if (i + j === term.length && !exact) {
        node = child; // the term ends inside this edge: every word below starts with it
        break;
      } else return {};
    }
    return allWords(node, term, Boolean(exact));
  };
}

/** Orama's RadixNode.findAllWords without fuzzy matching, in its order. */
function allWords(from: RadixNode, term: string, exact: boolean): Record<string, number[]> {
  const output: Record<string, number[]> = {};
  const stack = [from];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.e) {
      if (exact && node.w !== term) continue;
      output[node.w] = Array.from(node.d);
    }
    if (node.c.size > 0) stack.push(...node.c.values());
  }
  return output;
}
