/**
 * Every piece of document text, file path, message and suggestion reaches the
 * page through this function: articles routinely quote markup (`<script>`,
 * `<img onerror>`), and the report must show it, never run it. Quotes are
 * escaped too so the same function is safe inside attribute values.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => entities[character]!)
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}
