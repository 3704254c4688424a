// tldts ships the trie's types beside its sources, not under the module path (see lib/psl-below.ts).
declare module 'tldts/dist/es6/src/data/trie.js' {
  export * from 'tldts/dist/types/src/data/trie';
}
