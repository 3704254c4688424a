/**
 * `npm run dataset:keygen`: makes an Ed25519 key pair for signing published datasets. Prints the
 * private key once (keep it in your secret store, give it to `dataset:publish` as DATASET_SIGNING_KEY;
 * never commit it) and the public key to pin into builds as DATASET_PUBLIC_KEY.
 */
import { generateSigningKeys } from '../lib/updates/signing';

const { privateKey, publicKey } = generateSigningKeys();
console.log(`DATASET_SIGNING_KEY=${privateKey}`);
console.log(`DATASET_PUBLIC_KEY=${publicKey}`);
console.error('\nKeep DATASET_SIGNING_KEY secret. Build with DATASET_PUBLIC_KEY and DATASET_URL to enable updates.');
