// IndexedDB for Node: each test file gets a fresh in-memory database.
import 'fake-indexeddb/auto';
