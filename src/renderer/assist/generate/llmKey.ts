// The LLM server's API key lives only in the credential vault (OS keychain on desktop, the encrypted
// web vault in the browser), under an id bound to the server's origin. Never in settings or state.
import { bridge } from '../../bridge';
import { llmKeyId } from './draftAnswer';

export async function saveLlmKey(endpoint: string, key: string): Promise<void> {
  await bridge.vault.setPassword(llmKeyId(endpoint), key);
}

export async function forgetLlmKey(endpoint: string): Promise<void> {
  await bridge.vault.deletePassword(llmKeyId(endpoint));
}

export async function readLlmKey(endpoint: string): Promise<string | null> {
  try {
    return await bridge.vault.getPassword(llmKeyId(endpoint));
  } catch {
    return null; // an unreadable vault means "no key": the server says 401 if it needs one
  }
}
