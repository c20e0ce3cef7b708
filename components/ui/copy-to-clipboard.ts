import { toast } from "sonner";

// Copies text for the user and says so in a toast, in the caller's words.
export async function copyToClipboard(
  text: string,
  words: { copied: string; failed: string },
): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    toast.success(words.copied);
  } catch {
    toast.error(words.failed);
  }
}
